package org.concord.funding.internal.phaseout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** What the phase-out form and {@code PUT /api/v1/funding/agreements/{id}/phase-out} send. */
public class PhaseOutForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sunsetDate;

    @Size(max = 4000)
    private String note;

    @Valid
    private List<YearRow> years = new ArrayList<>();

    /** The version read; a save from an older one is refused (someone else changed the plan meanwhile). */
    private long version;

    public static class YearRow {
        private Integer year;
        @PositiveOrZero
        private BigDecimal externalAmount;
        @PositiveOrZero
        private BigDecimal nationalAmount;

        public YearRow() {
        }

        public YearRow(Integer year, BigDecimal externalAmount, BigDecimal nationalAmount) {
            this.year = year;
            this.externalAmount = externalAmount;
            this.nationalAmount = nationalAmount;
        }

        /** A row the form left empty (the page offers blank rows to fill in). */
        boolean blank() {
            return year == null && externalAmount == null && nationalAmount == null;
        }

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public BigDecimal getExternalAmount() { return externalAmount; }
        public void setExternalAmount(BigDecimal externalAmount) { this.externalAmount = externalAmount; }
        public BigDecimal getNationalAmount() { return nationalAmount; }
        public void setNationalAmount(BigDecimal nationalAmount) { this.nationalAmount = nationalAmount; }
    }

    public static PhaseOutForm of(PhaseOutPlan plan) {
        PhaseOutForm form = new PhaseOutForm();
        form.sunsetDate = plan.sunsetDate() != null ? plan.sunsetDate() : plan.agreementEnd();
        form.note = plan.note();
        plan.years().forEach(y -> form.years.add(new YearRow(y.year(), y.externalAmount(), y.nationalAmount())));
        form.version = plan.version();
        return form;
    }

    public LocalDate getSunsetDate() { return sunsetDate; }
    public void setSunsetDate(LocalDate sunsetDate) { this.sunsetDate = sunsetDate; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<YearRow> getYears() { return years; }
    public void setYears(List<YearRow> years) { this.years = years == null ? new ArrayList<>() : years; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
