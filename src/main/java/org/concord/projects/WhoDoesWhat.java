package org.concord.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Who does what in a country: implementers (rows) × reform areas (columns, only those present), each cell the
 * number of activities and their counted budget in US dollars, with the totals of each row and column.
 */
public record WhoDoesWhat(List<ReformArea> areas, List<Row> rows, Map<String, Cell> areaTotals, Cell total) {

    /** Column of activities whose sectors map to no reform area. */
    public static final String NO_AREA = "NONE";

    public record Cell(long activities, BigDecimal budgetUsd) {
    }

    public record Row(String implementerKey, String implementer, Long organisationId, Map<String, Cell> cells,
                      Cell total) {
    }
}
