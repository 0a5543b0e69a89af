package org.concord.standards.internal.assessments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers as a page or the API sends them, one row per question (named by its code). The institution sends score,
 * justification and evidence (links or document references, one per line); the evaluator sends score and comment.
 * {@code version}: the version read; a stale one is refused rather than overwriting someone else's answers.
 */
public class AnswersForm {

    @Size(max = 500)
    private List<@Valid Row> rows = new ArrayList<>();
    private Long version;

    public static class Row {
        @Size(max = 30)
        private String question;
        @Min(0)
        @Max(4)
        private Integer score;
        @Size(max = 5000)
        private String justification;
        @Size(max = 5000)
        private String evidence;
        @Size(max = 5000)
        private String comment;

        public Row() {
        }

        public Row(String question, Integer score, String justification, String evidence, String comment) {
            this.question = question;
            this.score = score;
            this.justification = justification;
            this.evidence = evidence;
            this.comment = comment;
        }

        public String getQuestion() { return question; }
        public void setQuestion(String question) { this.question = question; }
        public Integer getScore() { return score; }
        public void setScore(Integer score) { this.score = score; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = blankToNull(justification); }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = blankToNull(evidence); }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = blankToNull(comment); }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
