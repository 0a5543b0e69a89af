package org.concord.oversight.internal.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concord.oversight.CaseOutcome;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.SanctionType;

/** One move of a case as the append-only record keeps it; never changed once written. */
@Entity
@Table(name = "oversight_case_transition")
class CaseTransitionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reportId;
    @Enumerated(EnumType.STRING)
    private CaseStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private CaseStatus toStatus;
    private String reason;
    private Long referredTo;
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;
    @Enumerated(EnumType.STRING)
    private SanctionType sanction;
    private Long actorId;
    private String actorName;
    private Instant occurredAt;

    protected CaseTransitionRecord() {
    }

    CaseTransitionRecord(long reportId, CaseStatus from, Transition t, Long actorId, String actorName, Instant at) {
        this.reportId = reportId;
        this.fromStatus = from;
        this.toStatus = t.to();
        this.reason = t.reason();
        this.referredTo = t.referredTo();
        this.outcome = t.outcome();
        this.sanction = t.sanction();
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = at;
    }

    Long id() { return id; }
}
