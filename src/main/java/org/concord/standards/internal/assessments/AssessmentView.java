package org.concord.standards.internal.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment as a page or the API shows it, in the reader's language: for each section and question the
 * institution's score beside the evaluator's and the difference (review minus self), and the section and overall
 * scores and bands of both sides. {@code counting} is the peer review's overall result once the review is complete.
 */
public record AssessmentView(long id, long organisationId, String organisationName, TemplateRef template,
                             LocalDate assessedOn, Assessment.Status status, boolean published, Instant submittedAt,
                             String reviewer, Instant reviewedAt, Instant publishedAt, long version,
                             Side overall, Side counting, List<SectionView> sections) {

    public record TemplateRef(long id, String code, int edition, String name) {
    }

    /** A score and its band on each side; scores are whole numbers on 0-100 (rounded half up), null when not scored. */
    public record Side(Integer selfScore, String selfBand, Integer reviewScore, String reviewBand, Integer difference) {
        static Side of(Scores.Score self, Scores.Score review) {
            Integer s = self == null ? null : self.rounded();
            Integer r = review == null ? null : review.rounded();
            return new Side(s, self == null ? null : self.band(), r, review == null ? null : review.band(),
                    s == null || r == null ? null : r - s);
        }
    }

    public record SectionView(String code, String name, Side scores, List<QuestionView> questions) {
    }

    /** One question; scores here are the 0-4 answers. */
    public record QuestionView(long questionId, String code, String text, String guidance, String evidenceRequired,
                               List<String> levels, Integer selfScore, String justification, String evidence,
                               Integer reviewScore, String reviewComment, Integer difference) {
    }

    static AssessmentView of(Assessment a, Template t, Scores.Comparison scores, String language, String organisationName) {
        List<SectionView> sections = new ArrayList<>();
        for (Template.Section section : t.sections()) {
            List<QuestionView> questions = new ArrayList<>();
            for (Template.Question q : section.questions()) {
                TemplateForm.QuestionText text = q.text(language);
                Assessment.Answer answer = a.answer(q.id());
                Integer difference = answer.selfScore() == null || answer.reviewScore() == null ? null
                        : answer.reviewScore() - answer.selfScore();
                questions.add(new QuestionView(q.id(), q.code(), text.text(), text.guidance(), text.evidence(),
                        text.levels(), answer.selfScore(), answer.justification(), answer.evidence(),
                        answer.reviewScore(), answer.reviewComment(), difference));
            }
            Side side = Side.of(scores.self().section(section.code()).score(), scores.review().section(section.code()).score());
            sections.add(new SectionView(section.code(), section.name(language), side, questions));
        }
        Side overall = Side.of(scores.self().overall(), scores.review().overall());
        Side counting = scores.reviewCounts() ? overall : null;
        return new AssessmentView(a.id(), a.organisationId(), organisationName,
                new TemplateRef(t.id(), t.code(), t.edition(), t.name(language)), a.assessedOn(), a.status(),
                a.published(), a.submittedAt(), a.reviewer(), a.reviewedAt(), a.publishedAt(), a.version(),
                overall, counting, sections);
    }
}
