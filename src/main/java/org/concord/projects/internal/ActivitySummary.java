package org.concord.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One line of the activity list. */
public record ActivitySummary(long id, String iatiIdentifier, String title, String reportingOrg, String status,
                              LocalDate start, LocalDate end, List<String> countries, List<String> areas,
                              BigDecimal totalBudget, String budgetCurrency, BigDecimal totalBudgetUsd) {
}
