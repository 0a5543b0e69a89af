package org.concord.standards.internal.values;

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
import org.concord.standards.Subject;

/**
 * A value of an indicator for a subject, a period and a disaggregation ('' for the whole subject), with its evidence
 * and where it is in its check. It guards its own workflow: draft -> submitted -> verified, or returned to draft with
 * a comment; changing the figures of a submitted or verified value sends it back to draft.
 */
@Entity
@Table(name = "standards_value")
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long indicatorId;
    private String countryCode;
    private Long organisationId;
    private String disaggregation;
    private String period;
    private java.time.LocalDate periodStart;
    private java.time.LocalDate periodEnd;
    private BigDecimal value;
    private BigDecimal standardError;
    private BigDecimal lowerBound;
    private BigDecimal upperBound;
    @Enumerated(EnumType.STRING)
    private ValueStatus status = ValueStatus.DRAFT;
    private String evidenceUrl;
    private String evidenceDocument;
    private String returnComment;
    private Long enteredBy;
    private Long submittedBy;
    private Long verifiedBy;
    private Instant verifiedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected IndicatorValue() {
    }

    public IndicatorValue(long indicatorId, Subject subject, Period period, String disaggregation, Instant now) {
        this.indicatorId = indicatorId;
        this.countryCode = subject.countryCode();
        this.organisationId = subject.organisationId();
        this.period = period.label();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.disaggregation = disaggregation == null ? "" : disaggregation;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The figures and evidence of a value, as one entry or import row gives them. */
    public record Figures(BigDecimal value, BigDecimal standardError, BigDecimal lowerBound, BigDecimal upperBound,
                          String evidenceUrl, String evidenceDocument) {
    }

    /** Records the figures; a change to a submitted or verified value sends it back to draft, to be checked again. */
    public boolean record(Figures f, long accountId, Instant now) {
        boolean changed = !same(value, f.value()) || !same(standardError, f.standardError())
                || !same(lowerBound, f.lowerBound()) || !same(upperBound, f.upperBound())
                || !java.util.Objects.equals(evidenceUrl, f.evidenceUrl())
                || !java.util.Objects.equals(evidenceDocument, f.evidenceDocument());
        if (!changed) {
            return false;
        }
        value = f.value();
        standardError = f.standardError();
        lowerBound = f.lowerBound();
        upperBound = f.upperBound();
        evidenceUrl = f.evidenceUrl();
        evidenceDocument = f.evidenceDocument();
        enteredBy = accountId;
        status = ValueStatus.DRAFT;
        verifiedBy = null;
        verifiedAt = null;
        updatedAt = now;
        return true;
    }

    /** Sends a draft for verification; the comment of an earlier return stays visible until it is verified. */
    public void submit(long accountId, Instant now) {
        requireStatus(ValueStatus.DRAFT);
        status = ValueStatus.SUBMITTED;
        submittedBy = accountId;
        updatedAt = now;
    }

    public void verify(long evaluatorAccountId, Instant now) {
        requireStatus(ValueStatus.SUBMITTED);
        status = ValueStatus.VERIFIED;
        verifiedBy = evaluatorAccountId;
        verifiedAt = now;
        returnComment = null;
        updatedAt = now;
    }

    /**
     * Marks the value verified without an evaluator: only for figures a data set's publisher (e.g. the World Bank)
     * has already checked, imported by an administrator.
     */
    public void verifyAsPublished(Instant now) {
        status = ValueStatus.VERIFIED;
        verifiedBy = null;
        verifiedAt = now;
        returnComment = null;
        updatedAt = now;
    }

    /** Sends a submitted value back to draft with the evaluator's reason. */
    public void returnToDraft(String comment, Instant now) {
        requireStatus(ValueStatus.SUBMITTED);
        status = ValueStatus.DRAFT;
        returnComment = comment;
        updatedAt = now;
    }

    private void requireStatus(ValueStatus expected) {
        if (status != expected) {
            throw new org.concord.shared.InvalidInputException("status", "standards-value-not-" + expected.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public Long id() { return id; }
    public long indicatorId() { return indicatorId; }
    public Subject subject() { return new Subject(countryCode, organisationId); }
    public String disaggregation() { return disaggregation; }
    public String period() { return period; }
    public java.time.LocalDate periodStart() { return periodStart; }
    public java.time.LocalDate periodEnd() { return periodEnd; }
    public BigDecimal value() { return value; }
    public BigDecimal standardError() { return standardError; }
    public BigDecimal lowerBound() { return lowerBound; }
    public BigDecimal upperBound() { return upperBound; }
    public ValueStatus status() { return status; }
    public String evidenceUrl() { return evidenceUrl; }
    public String evidenceDocument() { return evidenceDocument; }
    public String returnComment() { return returnComment; }
    public Long enteredBy() { return enteredBy; }
    public Long submittedBy() { return submittedBy; }

    /** Entered or submitted by this account: its verification is someone else's to do. */
    public boolean handledBy(long accountId) {
        return Long.valueOf(accountId).equals(enteredBy) || Long.valueOf(accountId).equals(submittedBy);
    }
    public Long verifiedBy() { return verifiedBy; }
    public Instant verifiedAt() { return verifiedAt; }
    public long version() { return version; }
}
