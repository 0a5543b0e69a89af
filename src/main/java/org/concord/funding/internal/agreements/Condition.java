package org.concord.funding.internal.agreements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A condition of an agreement, the milestone its tranches depend on: a process condition in words, or an outcome
 * condition holding a standards indicator to a target by a date. Its status follows the evidence and the
 * verifications; a waiver by the funder ends it with a justification that stays public.
 */
@Entity
@Table(name = "funding_condition")
public class Condition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long agreementId;
    private int position;
    @Enumerated(EnumType.STRING)
    private ConditionKind kind;
    private String text;
    private Long indicatorId;
    @Enumerated(EnumType.STRING)
    private Comparator comparator;
    private BigDecimal targetValue;
    private BigDecimal baselineValue;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ConditionStatus status = ConditionStatus.OPEN;
    private BigDecimal metShare;
    private String waiverJustification;
    private Instant waivedAt;
    private Long waivedBy;
    @Version
    private long version;

    /** What the funder states about a condition. */
    public record Terms(ConditionKind kind, String text, Long indicatorId, Comparator comparator,
                        BigDecimal targetValue, BigDecimal baselineValue, LocalDate dueDate) {
    }

    protected Condition() {
    }

    public Condition(long agreementId, int position) {
        this.agreementId = agreementId;
        this.position = position;
    }

    public void state(Terms t) {
        kind = t.kind();
        text = t.text();
        boolean outcome = t.kind() == ConditionKind.OUTCOME;
        indicatorId = outcome ? t.indicatorId() : null;
        comparator = outcome ? t.comparator() : null;
        targetValue = outcome ? t.targetValue() : null;
        baselineValue = outcome ? t.baselineValue() : null;
        dueDate = t.dueDate();
    }

    public void evidenceSubmitted() {
        if (status == ConditionStatus.OPEN || status == ConditionStatus.NOT_MET || status == ConditionStatus.PARTLY_MET) {
            status = ConditionStatus.SUBMITTED;
        }
    }

    /** The latest verification decides: MET (100 %), PARTLY_MET (its share) or NOT_MET (0 %). */
    public void verified(ConditionStatus outcome, BigDecimal share) {
        status = outcome;
        metShare = share;
    }

    public void waive(String justification, Long by, Instant now) {
        status = ConditionStatus.WAIVED;
        metShare = BigDecimal.valueOf(100);
        waiverJustification = justification;
        waivedBy = by;
        waivedAt = now;
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public int position() { return position; }
    public ConditionKind kind() { return kind; }
    public String text() { return text; }
    public Long indicatorId() { return indicatorId; }
    public Comparator comparator() { return comparator; }
    public BigDecimal targetValue() { return targetValue; }
    public BigDecimal baselineValue() { return baselineValue; }
    public LocalDate dueDate() { return dueDate; }
    public ConditionStatus status() { return status; }
    public BigDecimal metShare() { return metShare; }
    public String waiverJustification() { return waiverJustification; }
    public Instant waivedAt() { return waivedAt; }
    public Long waivedBy() { return waivedBy; }
    public long version() { return version; }
}
