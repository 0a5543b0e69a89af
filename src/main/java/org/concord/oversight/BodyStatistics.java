package org.concord.oversight;

import java.util.List;

/**
 * An oversight body's public statistics, every count already through small-cell suppression
 * ({@code SmallCells}): a suppressed count has no value, only the flag. Medians are in days (one decimal) over at least
 * five cases, else null; {@code shareUpheld} is upheld decisions in percent of decided cases, null unless both counts
 * are published.
 */
public record BodyStatistics(long organisationId, String name, Figure received, List<Cell> byMonth,
                             List<Cell> byCategory, List<Cell> byInstitution, Figure decided, List<Cell> byOutcome,
                             Double shareUpheld, Double medianDaysToAcknowledge, Double medianDaysToDecision,
                             Figure sanctions, List<Cell> bySanction) {

    /** One line of a breakdown: its key (a month 2026-03, a category, an organisation id, "none"), label and count. */
    public record Cell(String key, String label, Figure count) {
    }
}
