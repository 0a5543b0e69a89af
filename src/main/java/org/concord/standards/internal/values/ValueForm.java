package org.concord.standards.internal.values;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.concord.standards.internal.NameRow;

/**
 * A value as a page form, an API request or a CSV row sends it. The subject is a country (ISO 3166-1 alpha-2) or an
 * institution of the directory, exactly one of the two; the period "2020", "2020-Q3" or "2020-07"; the
 * disaggregation empty for the whole subject, else "sex:female", "region:north"...
 */
public class ValueForm {

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
    private BigDecimal standardError;
    private BigDecimal lowerBound;
    private BigDecimal upperBound;
    @Size(max = 1000)
    private String evidenceUrl;
    @Size(max = 300)
    private String evidenceDocument;

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
    public BigDecimal getStandardError() { return standardError; }
    public void setStandardError(BigDecimal v) { standardError = v; }
    public BigDecimal getLowerBound() { return lowerBound; }
    public void setLowerBound(BigDecimal v) { lowerBound = v; }
    public BigDecimal getUpperBound() { return upperBound; }
    public void setUpperBound(BigDecimal v) { upperBound = v; }
    public String getEvidenceUrl() { return evidenceUrl; }
    public void setEvidenceUrl(String v) { evidenceUrl = NameRow.blankToNull(v); }
    public String getEvidenceDocument() { return evidenceDocument; }
    public void setEvidenceDocument(String v) { evidenceDocument = NameRow.blankToNull(v); }
}
