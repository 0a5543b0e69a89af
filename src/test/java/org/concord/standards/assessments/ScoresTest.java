package org.concord.standards.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concord.standards.internal.assessments.BandScale;
import org.concord.standards.internal.assessments.Scores;
import org.concord.standards.internal.assessments.Template;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Scores and bands: the rule, its rounding at band edges, and the configurable scale. */
class ScoresTest {

    @ParameterizedTest(name = "{0} -> {1} -> {2}")
    @CsvSource({
            "100, 100, A", "83, 83, A", "82.5, 83, A", "82.49, 82, B", "82.4999999, 82, B", "67, 67, B", "66.5, 67, B",
            "66.49, 66, C", "50, 50, C", "49.5, 50, C", "49.4, 49, D", "33, 33, D", "32.5, 33, D", "32.49, 32, E",
            "17, 17, E", "16.5, 17, E", "16.49, 16, F", "0, 0, F"})
    void aScoreIsRoundedHalfUpToAWholeNumberAndThenBanded(String score, int rounded, String band) {
        BigDecimal exact = new BigDecimal(score);
        assertThat(BandScale.rounded(exact)).isEqualTo(rounded);
        assertThat(BandScale.DEFAULT.bandOf(exact)).isEqualTo(band);
    }

    @Test
    void aSectionScoreIsTheMeanOfItsQuestionsOverFourTimesOneHundred() {
        assertThat(Scores.sectionScore(List.of(4, 4, 4))).isEqualByComparingTo("100");
        assertThat(Scores.sectionScore(List.of(0, 0))).isEqualByComparingTo("0");
        assertThat(Scores.sectionScore(List.of(3, 3, 4, 3))).isEqualByComparingTo("81.25");
        assertThat(Scores.sectionScore(List.of(2, 3))).isEqualByComparingTo("62.5");
        assertThat(Scores.sectionScore(List.of(1, 1, 2))).isEqualByComparingTo("33.333333333333");
        assertThat(Scores.sectionScore(List.of())).isNull();
    }

    @Test
    void theOverallScoreIsTheMeanOfTheSectionScoresEachWeighingTheSame() {
        // section A: one question scored 3 (75); section B: five questions summing 18 (90). Mean of sections: 82.5,
        // which rounds to 83: band A. The mean of all six questions would be 21/24 = 87.5: not the rule.
        Template template = template(1, 5);
        Map<String, Integer> scores = Map.of("A-0", 3, "B-0", 4, "B-1", 4, "B-2", 4, "B-3", 3, "B-4", 3);
        Scores.Sheet sheet = Scores.sheet(template, q -> scores.get(q.code()), BandScale.DEFAULT);

        assertThat(sheet.section("A").score().rounded()).isEqualTo(75);
        assertThat(sheet.section("A").score().band()).isEqualTo("B");
        assertThat(sheet.section("B").score().rounded()).isEqualTo(90);
        assertThat(sheet.section("B").score().band()).isEqualTo("A");
        assertThat(sheet.overall().exact()).isEqualByComparingTo("82.5");
        assertThat(sheet.overall().rounded()).isEqualTo(83);
        assertThat(sheet.overall().band()).isEqualTo("A");
        assertThat(sheet.complete()).isTrue();
    }

    @Test
    void anUnscoredSectionHasNoScoreAndLeavesTheOverallScoreOpen() {
        Template template = template(2, 1);
        Scores.Sheet sheet = Scores.sheet(template, q -> q.code().equals("A-0") ? 2 : null, BandScale.DEFAULT);

        assertThat(sheet.section("A").score().rounded()).isEqualTo(50);
        assertThat(sheet.section("A").complete()).isFalse();
        assertThat(sheet.section("B").score()).isNull();
        assertThat(sheet.overall()).isNull();
    }

    @Test
    void theScaleIsConfigurableAndMustCoverZero() {
        BandScale pass = BandScale.parse("Pass:60, Fail:0");
        assertThat(pass.bandOf(new BigDecimal("59.5"))).isEqualTo("Pass");
        assertThat(pass.bandOf(new BigDecimal("59.49"))).isEqualTo("Fail");
        assertThatThrownBy(() -> BandScale.parse("A:50,B:10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BandScale.parse("A:50,B:50,C:0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BandScale.DEFAULT.bandOf(101)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A template of two sections, A and B, with this many questions each (codes ..., B-0...). */
    private static Template template(int inA, int inB) {
        return new Template(1, "t", 1, false, true, Instant.EPOCH, Map.of(),
                List.of(section(10, "A", inA), section(20, "B", inB)));
    }

    private static Template.Section section(long id, String code, int questions) {
        List<Template.Question> list = new java.util.ArrayList<>();
        for (int i = 0; i < questions; i++) {
            list.add(new Template.Question(id + i, code + "-" + i, Map.of()));
        }
        return new Template.Section(id, code, Map.of("en", code), list);
    }
}
