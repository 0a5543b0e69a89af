package org.concord.oversight;

import java.util.List;

/**
 * What a country page shows of oversight: for each oversight body working in the country (its countries in the
 * directory), the reports it received and the cases it closed, suppressed like every published count. The totals are
 * suppressed whenever a body's count is, because each body's count is also published on its own statistics page: a
 * total beside them would give the hidden one back.
 */
public record OversightCountryFigures(String country, List<Body> bodies, Figure received, Figure handled) {

    public record Body(long organisationId, String name, Figure received, Figure handled) {
    }
}
