package org.concord.standards.internal.wgi;

import java.util.EnumMap;
import java.util.Map;

/** What the mapping form posts: a name, the owner, and for each kind of column the header that holds it. */
public class WgiMappingForm {

    private String name = "";
    private Long ownerOrganisationId;
    private String economyCode, economyName, year, indicator, estimate, standardError, percentileRank,
            percentileRankLower, percentileRankUpper;

    static WgiMappingForm published() {
        WgiMappingForm f = new WgiMappingForm();
        f.name = "World Bank WGI, long layout";
        f.setHeaders(WgiMapping.publishedLayout());
        return f;
    }

    Map<WgiColumn, String> headers() {
        Map<WgiColumn, String> m = new EnumMap<>(WgiColumn.class);
        String[] values = {economyCode, economyName, year, indicator, estimate, standardError, percentileRank,
                percentileRankLower, percentileRankUpper};
        WgiColumn[] columns = WgiColumn.values();
        for (int i = 0; i < columns.length; i++) {
            if (values[i] != null) {
                m.put(columns[i], values[i]);
            }
        }
        return m;
    }

    void setHeaders(Map<WgiColumn, String> h) {
        economyCode = h.get(WgiColumn.ECONOMY_CODE);
        economyName = h.get(WgiColumn.ECONOMY_NAME);
        year = h.get(WgiColumn.YEAR);
        indicator = h.get(WgiColumn.INDICATOR);
        estimate = h.get(WgiColumn.ESTIMATE);
        standardError = h.get(WgiColumn.STANDARD_ERROR);
        percentileRank = h.get(WgiColumn.PERCENTILE_RANK);
        percentileRankLower = h.get(WgiColumn.PERCENTILE_RANK_LOWER);
        percentileRankUpper = h.get(WgiColumn.PERCENTILE_RANK_UPPER);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long id) { this.ownerOrganisationId = id; }
    public String getEconomyCode() { return economyCode; }
    public void setEconomyCode(String v) { economyCode = v; }
    public String getEconomyName() { return economyName; }
    public void setEconomyName(String v) { economyName = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public String getIndicator() { return indicator; }
    public void setIndicator(String v) { indicator = v; }
    public String getEstimate() { return estimate; }
    public void setEstimate(String v) { estimate = v; }
    public String getStandardError() { return standardError; }
    public void setStandardError(String v) { standardError = v; }
    public String getPercentileRank() { return percentileRank; }
    public void setPercentileRank(String v) { percentileRank = v; }
    public String getPercentileRankLower() { return percentileRankLower; }
    public void setPercentileRankLower(String v) { percentileRankLower = v; }
    public String getPercentileRankUpper() { return percentileRankUpper; }
    public void setPercentileRankUpper(String v) { percentileRankUpper = v; }
}
