package org.concord.projects.internal.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextSketchTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsAndFunctionWordsOfEnglishFrenchAndSpanish() {
        assertThat(TextSketch.words("Réforme de la Police nationale — Formation des agents, phase II"))
                .containsExactly("reforme", "police", "nationale", "formation", "agents", "phase", "ii");
        assertThat(TextSketch.words("Apoyo a la reforma policial en Ucrania"))
                .containsExactly("apoyo", "reforma", "policial", "ucrania");
        assertThat(TextSketch.words("Support to the Ministry of Interior of Ukraine"))
                .containsExactly("support", "ministry", "interior", "ukraine");
        assertThat(TextSketch.words("Реформа поліції")).containsExactly("реформа", "поліціі");
    }

    @Test
    void similarTitlesScoreHighAndUnrelatedOnesNearZero() {
        int[] a = TextSketch.of("Support to police reform in Ukraine — community policing");
        int[] b = TextSketch.of("Community policing and police reform support, Ukraine");
        // 6 words each, all shared; word pairs: 5 each, 2 shared ("police reform", "community policing")
        assertThat(TextSketch.similarity(a, b)).isCloseTo(8.0 / 14, within(0.15));
        assertThat(TextSketch.similarity(a, a)).isEqualTo(1.0);
        assertThat(TextSketch.similarity(a, TextSketch.of("Maritime border surveillance"))).isZero();
        assertThat(TextSketch.similarity(a, TextSketch.of(null))).isZero();
    }

    @Test
    void longTextsAreEstimatedCloseToTheirJaccardSimilarity() {
        StringBuilder shared = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            shared.append(" w").append(i);
        }
        StringBuilder onlyA = new StringBuilder(shared);
        StringBuilder onlyB = new StringBuilder(shared);
        for (int i = 0; i < 300; i++) {
            onlyA.append(" a").append(i);
            onlyB.append(" b").append(i);
        }
        int[] a = TextSketch.of(onlyA.toString());
        int[] b = TextSketch.of(onlyB.toString());
        // 1,199 shingles each (600 words, 599 pairs), 599 of them shared: Jaccard 599 / 1,799
        assertThat(TextSketch.similarity(a, b)).isCloseTo(599.0 / 1799, within(0.15));
    }
}
