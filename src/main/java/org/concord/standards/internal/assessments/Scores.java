package org.concord.standards.internal.assessments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place assessment scores are computed. A question is scored 0-4. A section's score is the mean of its
 * questions' scores over 4, times 100. The overall score is the mean of the section scores: every risk area weighs
 * the same, whatever its number of questions. Scores are kept to 12 decimals (a mean of whole numbers 0-4 is never
 * that close to a half without being one) and rounded half up to a whole number only to show and band them
 * ({@link BandScale}). A section with no scored question has no score, and the overall score then has none either.
 */
public final class Scores {

    private static final int SCALE = 12;

    private Scores() {
    }

    /** A score on 0-100, its rounded whole number and band. */
    public record Score(BigDecimal exact, int rounded, String band) {
        static Score of(BigDecimal exact, BandScale scale) {
            int whole = BandScale.rounded(exact);
            return new Score(exact, whole, scale.bandOf(whole));
        }
    }

    /** One section's score; {@code null} when none of its questions is scored. */
    public record SectionScore(Template.Section section, Score score, int scored, int questions) {
        public boolean complete() {
            return scored == questions;
        }
    }

    /** One side's scores (the self-assessment's, or the peer review's). */
    public record Sheet(List<SectionScore> sections, Score overall) {
        public boolean complete() {
            return sections.stream().allMatch(SectionScore::complete);
        }

        public SectionScore section(String code) {
            return sections.stream().filter(s -> s.section().code().equals(code)).findFirst().orElse(null);
        }
    }

    /** Scores one side: {@code scoreOf} answers a question's score (0-4) or null when it is not scored. */
    public static Sheet sheet(Template template, Function<Template.Question, Integer> scoreOf, BandScale scale) {
        List<SectionScore> sections = new ArrayList<>();
        List<BigDecimal> sectionScores = new ArrayList<>();
        for (Template.Section section : template.sections()) {
            List<Integer> scores = new ArrayList<>();
            for (Template.Question question : section.questions()) {
                Integer score = scoreOf.apply(question);
                if (score != null) {
                    if (score < 0 || score > 4) {
                        throw new IllegalArgumentException("a question is scored 0-4: " + score);
                    }
                    scores.add(score);
                }
            }
            BigDecimal exact = sectionScore(scores);
            if (exact != null) {
                sectionScores.add(exact);
            }
            sections.add(new SectionScore(section, exact == null ? null : Score.of(exact, scale), scores.size(),
                    section.questions().size()));
        }
        BigDecimal overall = sectionScores.size() == template.sections().size() ? mean(sectionScores) : null;
        return new Sheet(sections, overall == null ? null : Score.of(overall, scale));
    }

    /** The mean of question scores 0-4, on 0-100; null for none. */
    public static BigDecimal sectionScore(List<Integer> questionScores) {
        if (questionScores.isEmpty()) {
            return null;
        }
        long sum = questionScores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum * 100).divide(BigDecimal.valueOf(4L * questionScores.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** The mean of section scores; null for none. */
    public static BigDecimal mean(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), SCALE, RoundingMode.HALF_UP);
    }

    /** Both sides and which counts: the peer review once complete, else nothing yet counts. */
    public record Comparison(Sheet self, Sheet review, boolean reviewCounts) {
        public Sheet counting() {
            return reviewCounts ? review : null;
        }
    }

    static Comparison compare(Template template, Map<Long, Assessment.Answer> answers, boolean reviewed, BandScale scale) {
        Sheet self = sheet(template, q -> answers.containsKey(q.id()) ? answers.get(q.id()).selfScore() : null, scale);
        Sheet review = sheet(template, q -> answers.containsKey(q.id()) ? answers.get(q.id()).reviewScore() : null, scale);
        return new Comparison(self, review, reviewed);
    }
}
