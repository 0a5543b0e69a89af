package org.concord.exchangerates.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** One annual rate as the editor's form and the API send it. */
@Schema(name = "ExchangeRateInput")
public class AnnualRateForm {

    @Schema(description = "ISO 4217 code; ignored when the address names it", example = "EUR")
    private String currency;
    @Schema(description = "1960 to 2100; ignored when the address names it", example = "2024")
    private Integer year;
    @Schema(description = "US dollars for one unit of the currency (annual average): above 0, at most 10000, "
            + "at most 12 decimals", example = "1.082")
    private BigDecimal usdPerUnit;
    @Schema(description = "who published or compiled the rate, at most 60 characters; a new rate without one says "
            + "Concord, a corrected one keeps its source", example = "IMF International Financial Statistics")
    private String source;
    @Schema(description = "the version last read; a stale version is refused (409) instead of overwriting a newer change")
    private Long version;
    @Schema(description = "true saves a rate more than ten times off the currency's nearest other year, which is "
            + "otherwise refused as a likely inverted rate (units per dollar)")
    private boolean confirm;

    public String getCurrency() { return currency; }
    public void setCurrency(String v) { currency = trimmed(v); }
    public Integer getYear() { return year; }
    public void setYear(Integer v) { year = v; }
    public BigDecimal getUsdPerUnit() { return usdPerUnit; }
    public void setUsdPerUnit(BigDecimal v) { usdPerUnit = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = trimmed(v); }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
    public boolean isConfirm() { return confirm; }
    public void setConfirm(boolean v) { confirm = v; }

    private static String trimmed(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
