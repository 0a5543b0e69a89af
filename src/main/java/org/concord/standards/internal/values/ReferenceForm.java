package org.concord.standards.internal.values;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.concord.standards.internal.NameRow;

/** A baseline or a target as a page form or an API request sends it (subject and period as in {@link ValueForm}). */
public class ReferenceForm {

    @Size(max = 2)
    private String countryCode;
    private Long organisationId;
    @Size(max = 100)
    private String disaggregation;
    @NotNull
    @Size(max = 7)
    private String period;
    @NotNull
    private BigDecimal value;
    @Size(max = 1000)
    private String note;

    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String v) { countryCode = v == null ? null : NameRow.blankToNull(v.toUpperCase(java.util.Locale.ROOT)); }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long v) { organisationId = v; }
    public String getDisaggregation() { return disaggregation; }
    public void setDisaggregation(String v) { disaggregation = v == null ? null : NameRow.blankToNull(v.toLowerCase(java.util.Locale.ROOT)); }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = NameRow.blankToNull(v); }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal v) { value = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = NameRow.blankToNull(v); }
}
