package org.concord.funding.internal.verification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.concord.funding.internal.agreements.ConditionStatus;

/** An independent evaluator's verdict on a milestone, with the written finding. Never changed once recorded. */
@Entity
@Table(name = "funding_verification")
public class Verification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long conditionId;
    @Enumerated(EnumType.STRING)
    private ConditionStatus outcome;
    private BigDecimal share;
    private String finding;
    private long evaluatorOrganisationId;
    private long evaluatorAccountId;
    private Instant verifiedAt;

    protected Verification() {
    }

    public Verification(long conditionId, ConditionStatus outcome, BigDecimal share, String finding,
                        long evaluatorOrganisationId, long evaluatorAccountId, Instant now) {
        if (outcome != ConditionStatus.MET && outcome != ConditionStatus.PARTLY_MET && outcome != ConditionStatus.NOT_MET) {
            throw new IllegalArgumentException("a verification finds MET, PARTLY_MET or NOT_MET, not " + outcome);
        }
        this.conditionId = conditionId;
        this.outcome = outcome;
        this.share = share;
        this.finding = finding;
        this.evaluatorOrganisationId = evaluatorOrganisationId;
        this.evaluatorAccountId = evaluatorAccountId;
        this.verifiedAt = now;
    }

    public Long id() { return id; }
    public long conditionId() { return conditionId; }
    public ConditionStatus outcome() { return outcome; }
    public BigDecimal share() { return share; }
    public String finding() { return finding; }
    public long evaluatorOrganisationId() { return evaluatorOrganisationId; }
    public long evaluatorAccountId() { return evaluatorAccountId; }
    public Instant verifiedAt() { return verifiedAt; }
}
