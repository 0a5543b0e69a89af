package org.concord.funding.internal.verification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the recipient submitted for a milestone: a statement, documents (links or references) and, for an outcome
 * condition, the indicator's verified value as the standards module gave it then. Never changed once submitted.
 */
@Entity
@Table(name = "funding_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long conditionId;
    private String statement;
    private BigDecimal indicatorValue;
    private String indicatorPeriod;
    private Instant indicatorVerifiedAt;
    private long submittedBy;
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "funding_evidence_document", joinColumns = @JoinColumn(name = "evidence_id"))
    @OrderColumn(name = "position")
    private List<Document> documents = new ArrayList<>();

    /** A document: its title and a URL or a reference (registry number, file name). */
    @Embeddable
    public record Document(String title, String reference) {
    }

    protected Evidence() {
    }

    public Evidence(long conditionId, String statement, List<Document> documents, long submittedBy, Instant now) {
        this.conditionId = conditionId;
        this.statement = statement;
        this.documents.addAll(documents);
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    public void indicatorValue(BigDecimal value, String period, Instant verifiedAt) {
        this.indicatorValue = value;
        this.indicatorPeriod = period;
        this.indicatorVerifiedAt = verifiedAt;
    }

    public Long id() { return id; }
    public long conditionId() { return conditionId; }
    public String statement() { return statement; }
    public BigDecimal indicatorValue() { return indicatorValue; }
    public String indicatorPeriod() { return indicatorPeriod; }
    public Instant indicatorVerifiedAt() { return indicatorVerifiedAt; }
    public long submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public List<Document> documents() { return List.copyOf(documents); }
}
