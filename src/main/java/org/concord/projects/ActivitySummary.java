package org.concord.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An activity in a line: what a list of activities shows, and what other modules learn of one. {@code published} is
 * false for a draft, which only its organisation's members and administrators are shown.
 */
public record ActivitySummary(long id, String iatiIdentifier, String title, String reportingOrg, String status,
                              LocalDate start, LocalDate end, List<String> countries, List<String> areas,
                              BigDecimal totalBudget, String budgetCurrency, BigDecimal totalBudgetUsd,
                              boolean published) {
}
