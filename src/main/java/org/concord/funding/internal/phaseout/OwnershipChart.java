package org.concord.funding.internal.phaseout;

import org.concord.funding.InstitutionCurve;
import org.concord.funding.OwnershipYear;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures an ownership chart draws, as the JSON its page carries: per currency, the years and the external and
 * national shares in percent. The page shows the same figures in a table.
 */
final class OwnershipChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OwnershipChart() {
    }

    /** Currency → {years, external, national}: one chart per currency. */
    static Map<String, String> json(InstitutionCurve curve) {
        Map<String, String> charts = new LinkedHashMap<>();
        for (String currency : curve.currencies()) {
            List<OwnershipYear> points = curve.in(currency);
            Map<String, Object> chart = new LinkedHashMap<>();
            chart.put("years", points.stream().map(OwnershipYear::year).toList());
            chart.put("external", points.stream().map(p -> percent(p.externalShare())).toList());
            chart.put("national", points.stream().map(p -> percent(p.nationalShare())).toList());
            // "</" would end the script element the JSON sits in
            charts.put(currency, JSON.writeValueAsString(chart).replace("</", "<\\/"));
        }
        return charts;
    }

    private static BigDecimal percent(BigDecimal share) {
        return share == null ? null : share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}
