package org.concord.funding.internal.agreements;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A tranche of an agreement: planned amount and date, the milestones it depends on, and its one release. */
@Entity
@Table(name = "funding_tranche")
public class Tranche {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long agreementId;
    private int position;
    private BigDecimal plannedAmount;
    private LocalDate plannedDate;
    @Enumerated(EnumType.STRING)
    private TrancheStatus status = TrancheStatus.PLANNED;
    private BigDecimal releasedAmount;
    private LocalDate releasedOn;
    private BigDecimal releasedShare;
    private Instant releasedAt;
    private Long releasedBy;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "funding_tranche_condition", joinColumns = @JoinColumn(name = "tranche_id"))
    @Column(name = "condition_id")
    private Set<Long> conditionIds = new TreeSet<>();

    protected Tranche() {
    }

    public Tranche(long agreementId, int position) {
        this.agreementId = agreementId;
        this.position = position;
    }

    public void plan(BigDecimal amount, LocalDate date, Collection<Long> milestones) {
        if (status == TrancheStatus.RELEASED) {
            throw new IllegalStateException("tranche " + id + " is released");
        }
        plannedAmount = amount;
        plannedDate = date;
        conditionIds.clear();
        conditionIds.addAll(milestones);
    }

    public void release(BigDecimal amount, BigDecimal share, LocalDate on, Long by, Instant now) {
        if (status == TrancheStatus.RELEASED) {
            throw new IllegalStateException("tranche " + id + " is released");
        }
        status = TrancheStatus.RELEASED;
        releasedAmount = amount;
        releasedShare = share;
        releasedOn = on;
        releasedBy = by;
        releasedAt = now;
    }

    public Long id() { return id; }
    public long agreementId() { return agreementId; }
    public int position() { return position; }
    public BigDecimal plannedAmount() { return plannedAmount; }
    public LocalDate plannedDate() { return plannedDate; }
    public TrancheStatus status() { return status; }
    public BigDecimal releasedAmount() { return releasedAmount; }
    public LocalDate releasedOn() { return releasedOn; }
    public BigDecimal releasedShare() { return releasedShare; }
    public Instant releasedAt() { return releasedAt; }
    public Long releasedBy() { return releasedBy; }
    public long version() { return version; }
    public Set<Long> conditionIds() { return Set.copyOf(conditionIds); }
}
