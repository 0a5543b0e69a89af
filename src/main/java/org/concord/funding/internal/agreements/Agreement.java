package org.concord.funding.internal.agreements;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A funding agreement: a funder pays a recipient, in tranches, for activities of the registry. Organisations and
 * activities are other modules' ids. The agreement's conditions and tranches are entities of their own
 * ({@link Condition}, {@link Tranche}), each locked on its own when it changes.
 */
@Entity
@Table(name = "funding_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String description;
    private long funderId;
    private long recipientId;
    private String countryCode;
    private BigDecimal totalAmount;
    private String currency;
    private LocalDate startDate;
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status = AgreementStatus.ACTIVE;
    private boolean proRata;
    private String iatiIdentifier;
    private Long createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "funding_confidential_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<ConfidentialField> confidential = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_agreement_activity", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "activity_id")
    private Set<Long> activityIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_evaluator", joinColumns = @JoinColumn(name = "agreement_id"))
    private Set<EvaluatorAssignment> evaluators = new HashSet<>();

    /** An evaluator organisation the funder assigned, and when. */
    @Embeddable
    public record EvaluatorAssignment(long organisationId, Instant assignedAt) {
    }

    /** What the funder states about an agreement, as one edit replaces it whole. */
    public record Terms(String title, String description, long funderId, long recipientId, String countryCode,
                        BigDecimal totalAmount, String currency, LocalDate startDate, LocalDate endDate,
                        AgreementStatus status, boolean proRata, String iatiIdentifier,
                        Collection<ConfidentialField> confidential, Collection<Long> activityIds) {
    }

    protected Agreement() {
    }

    public Agreement(Long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void state(Terms t, Instant now) {
        title = t.title();
        description = t.description();
        funderId = t.funderId();
        recipientId = t.recipientId();
        countryCode = t.countryCode();
        totalAmount = t.totalAmount();
        currency = t.currency();
        startDate = t.startDate();
        endDate = t.endDate();
        status = t.status() == null ? AgreementStatus.ACTIVE : t.status();
        proRata = t.proRata();
        iatiIdentifier = t.iatiIdentifier();
        confidential.clear();
        confidential.addAll(t.confidential());
        activityIds.clear();
        activityIds.addAll(t.activityIds());
        updatedAt = now;
    }

    /** Assigns an evaluator organisation; false when it was assigned already. */
    public boolean assignEvaluator(long organisationId, Instant now) {
        if (isEvaluator(organisationId)) {
            return false;
        }
        evaluators.add(new EvaluatorAssignment(organisationId, now));
        updatedAt = now;
        return true;
    }

    public boolean isEvaluator(long organisationId) {
        return evaluators.stream().anyMatch(e -> e.organisationId() == organisationId);
    }

    public boolean isConfidential(ConfidentialField field) {
        return confidential.contains(field);
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public Long id() { return id; }
    public String title() { return title; }
    public String description() { return description; }
    public long funderId() { return funderId; }
    public long recipientId() { return recipientId; }
    public String countryCode() { return countryCode; }
    public BigDecimal totalAmount() { return totalAmount; }
    public String currency() { return currency; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public AgreementStatus status() { return status; }
    public boolean proRata() { return proRata; }
    public String iatiIdentifier() { return iatiIdentifier; }
    public Long createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public Set<ConfidentialField> confidential() {
        return confidential.isEmpty() ? EnumSet.noneOf(ConfidentialField.class) : EnumSet.copyOf(confidential);
    }
    public Set<Long> activityIds() { return Set.copyOf(activityIds); }
    public Set<Long> evaluatorIds() {
        Set<Long> ids = new TreeSet<>();
        evaluators.forEach(e -> ids.add(e.organisationId()));
        return ids;
    }
}
