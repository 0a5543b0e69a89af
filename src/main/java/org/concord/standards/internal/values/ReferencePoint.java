package org.concord.standards.internal.values;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.concord.standards.Subject;

/** A value of an indicator for a subject at a period that progress is measured from (baseline) or towards (target). */
@MappedSuperclass
public abstract class ReferencePoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long indicatorId;
    private String countryCode;
    private Long organisationId;
    private String disaggregation;
    private String period;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal value;
    private String note;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ReferencePoint() {
    }

    protected ReferencePoint(long indicatorId, Subject subject, String disaggregation, Instant now) {
        this.indicatorId = indicatorId;
        this.countryCode = subject.countryCode();
        this.organisationId = subject.organisationId();
        this.disaggregation = disaggregation == null ? "" : disaggregation;
        this.createdAt = now;
    }

    public void set(Period period, BigDecimal value, String note, Instant now) {
        this.period = period.label();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.value = value;
        this.note = note;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long indicatorId() { return indicatorId; }
    public Subject subject() { return new Subject(countryCode, organisationId); }
    public String disaggregation() { return disaggregation; }
    public String period() { return period; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public BigDecimal value() { return value; }
    public String note() { return note; }
    public long version() { return version; }
}
