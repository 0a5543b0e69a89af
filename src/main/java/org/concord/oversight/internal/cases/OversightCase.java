package org.concord.oversight.internal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.concord.audit.EntityChanged;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;

/**
 * A report run as a case: its status, time limits, assignment, institution concerned and category. Keyed by the
 * report's id. It guards its own moves through {@link CaseWorkflow}; it keeps what statistics count after the report's
 * content is purged.
 */
@Entity
@Table(name = "oversight_case")
public class OversightCase {

    @Id
    private Long reportId;
    private long channelId;
    private long organisationId;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private Category category;
    private Long institutionId;
    private Long assigneeId;
    private boolean priority;
    private Instant receivedAt;
    private Instant acknowledgeDue;
    private Instant feedbackDue;
    private Instant acknowledgedAt;
    private Instant feedbackAt;
    private Instant decidedAt;
    @Enumerated(EnumType.STRING)
    private org.concord.oversight.CaseOutcome outcome;
    private Instant closedAt;
    private Instant purgedAt;
    @Column(insertable = false, updatable = false)
    private Instant nextDue;
    @Version
    private long version;

    protected OversightCase() {
    }

    /** A case opened at intake: received at {@code receivedAtHour}, due as the channel's time limits say. */
    OversightCase(long reportId, long channelId, long organisationId, Category category, Instant receivedAtHour,
                  Deadlines deadlines) {
        this.reportId = reportId;
        this.channelId = channelId;
        this.organisationId = organisationId;
        this.category = category;
        this.status = CaseStatus.RECEIVED;
        this.receivedAt = receivedAtHour;
        this.acknowledgeDue = deadlines.acknowledgeDue();
        this.feedbackDue = deadlines.feedbackDue();
    }

    /** Makes a legal move (or refuses it) and records its effect on the case's dates and outcome. */
    void move(Transition t, Instant now) {
        if (purgedAt != null) {
            // its content is gone: there is nothing left to examine on appeal
            throw new org.concord.shared.InvalidInputException("to", "case-purged");
        }
        CaseWorkflow.check(status, t);
        CaseStatus from = status;
        status = t.to();
        if (t.to() == CaseStatus.ACKNOWLEDGED && acknowledgedAt == null) {
            acknowledgedAt = now;
        }
        if (t.to().givesFeedback() && feedbackAt == null) {
            feedbackAt = now;
        }
        if (t.to() == CaseStatus.DECIDED) {
            decidedAt = now;
            outcome = t.outcome();
        }
        if (t.to() == CaseStatus.CLOSED) {
            closedAt = now;
        } else if (CaseWorkflow.isReopening(from, t.to())) {
            // an appeal: the case is open again, and its earlier decision no longer stands
            closedAt = null;
            decidedAt = null;
            outcome = null;
        }
    }

    Deadlines deadlines() {
        return new Deadlines(acknowledgeDue, feedbackDue);
    }

    void flagPriority() {
        priority = true;
    }

    void details(Long assigneeId, Long institutionId, Category category, boolean priority) {
        this.assigneeId = assigneeId;
        this.institutionId = institutionId;
        this.category = category;
        this.priority = priority;
    }

    void purged(Instant now) {
        purgedAt = now;
    }

    /** What the audit log compares before and after an officer's command. */
    java.util.Map<String, Object> snapshot() {
        return EntityChanged.snapshot("status", status, "assignee", assigneeId, "institution", institutionId,
                "category", category, "priority", priority, "outcome", outcome);
    }

    public Long reportId() { return reportId; }
    public long channelId() { return channelId; }
    public long organisationId() { return organisationId; }
    public CaseStatus status() { return status; }
    public Category category() { return category; }
    public Long institutionId() { return institutionId; }
    public Long assigneeId() { return assigneeId; }
    public boolean priority() { return priority; }
    public Instant receivedAt() { return receivedAt; }
    public Instant acknowledgeDue() { return acknowledgeDue; }
    public Instant feedbackDue() { return feedbackDue; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant feedbackAt() { return feedbackAt; }
    public Instant decidedAt() { return decidedAt; }
    public org.concord.oversight.CaseOutcome outcome() { return outcome; }
    public Instant closedAt() { return closedAt; }
    public Instant purgedAt() { return purgedAt; }
    public long version() { return version; }
}
