package org.concord.standards.internal.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One assessment of an institution, with its answers by question id. Its status moves one way:
 * DRAFT (the institution scores) → SUBMITTED (an evaluator reviews) → REVIEWED (the review's scores count);
 * a reviewed assessment may then be published.
 */
public record Assessment(long id, long templateId, long organisationId, LocalDate assessedOn, Status status,
                         Instant createdAt, String createdBy, Instant submittedAt, String submittedBy, String reviewer,
                         Instant reviewedAt, Instant publishedAt, long version, Map<Long, Answer> answers) {

    public enum Status { DRAFT, SUBMITTED, REVIEWED }

    /** The institution's score, justification and evidence, and the evaluator's score and comment, for one question. */
    public record Answer(Integer selfScore, String justification, String evidence, Integer reviewScore,
                         String reviewComment) {
        static final Answer NONE = new Answer(null, null, null, null, null);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public Answer answer(long questionId) {
        return answers.getOrDefault(questionId, Answer.NONE);
    }
}
