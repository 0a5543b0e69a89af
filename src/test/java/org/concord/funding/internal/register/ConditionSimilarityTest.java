package org.concord.funding.internal.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionSimilarityTest {

    @Test
    void wordsAreLowerCasedWithoutAccentsShortWordsAndFunctionWords() {
        assertThat(ConditionSimilarity.words("The Inspectorate's budget is protected by LAW; réforme!"))
                .containsExactlyInAnyOrder("inspectorate", "budget", "protected", "law", "reforme");
    }

    @Test
    void theSameAskInOtherWordsIsSimilar() {
        // {civilian, heads, procurement, directorate} and {procurement, directorate, headed, civilian}: 3 of 5 words
        String a = "A civilian heads the procurement directorate";
        String b = "The procurement directorate is headed by a civilian";
        assertThat(ConditionSimilarity.jaccard(a, b)).isEqualTo(0.6);
        assertThat(ConditionSimilarity.similar(a, b)).isTrue();
    }

    @Test
    void differentAsksAreNotSimilar() {
        assertThat(ConditionSimilarity.similar("An independent inspector is appointed",
                "The inspectorate's budget is protected by law")).isFalse();
    }

    @Test
    void theThresholdIsHalfOfAllWords() {
        // {civilian, oversight, board, created} and {civilian, oversight, board, funded}: 3 of 5 = 0.6
        assertThat(ConditionSimilarity.similar("civilian oversight board created", "civilian oversight board funded")).isTrue();
        // {alpha, beta, gamma, delta} and {alpha, beta, epsilon, zeta}: 2 of 6 = 0.33
        assertThat(ConditionSimilarity.jaccard("alpha beta gamma delta", "alpha beta epsilon zeta")).isLessThan(0.5);
        // {alpha, beta, gamma} and {alpha, beta, delta, epsilon}: 2 of 5 = 0.4
        assertThat(ConditionSimilarity.similar("alpha beta gamma", "alpha beta delta epsilon")).isFalse();
        // {alpha, beta, gamma} and {alpha, beta, delta}: 2 of 4 = 0.5, at the threshold
        assertThat(ConditionSimilarity.similar("alpha beta gamma", "alpha beta delta")).isTrue();
    }

    @Test
    void textWithoutWordsThatCountIsLikeNothing() {
        assertThat(ConditionSimilarity.jaccard("a b c", "a b c")).isZero();
        assertThat(ConditionSimilarity.jaccard(null, "budget")).isZero();
    }

    @Test
    void cyrillicAndArabicWordsCompareToo() {
        assertThat(ConditionSimilarity.similar("Назначен независимый инспектор", "Независимый инспектор назначен"))
                .isTrue();
        assertThat(ConditionSimilarity.similar("تعيين مفتش مستقل", "تعيين مفتش مستقل للشرطة")).isTrue();
    }
}
