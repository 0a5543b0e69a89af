package org.concord.projects.internal.reference;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.exchangerates.AnnualRateFollower;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored US-dollar budget totals ({@code activity.total_budget_usd}) follow the annual rates: when an
 * administrator changes a currency's annual rate (module exchangerates), the exchange-rate service calls this in the
 * transaction of the change, after its write and audit, and every activity with a budget in that currency gets its
 * total recomputed with the same rule as an import ({@link BudgetTotals}). Spending totals convert at read time (the
 * SQL views of R__projects_funding_links.sql) and follow by themselves.
 */
@Component
class ActivityUsdTotals implements AnnualRateFollower {

    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final BudgetTotals budgetTotals;

    ActivityUsdTotals(JdbcTemplate jdbc, BudgetTotals budgetTotals) {
        this.jdbc = jdbc;
        this.budgetTotals = budgetTotals;
    }

    @Override
    public int annualRatesChanged(String currency) {
        return recomputeBudgetTotals(currency);
    }

    /**
     * The US-dollar budget total of every activity with a budget in {@code currency} (given on the budget, or the
     * activity's default), computed by {@link BudgetTotals} from the activity's budgets and default
     * currency, which is all that rule reads; written only where it changed. Returns how many changed.
     */
    int recomputeBudgetTotals(String currency) {
        List<Long> ids = jdbc.queryForList("""
                select distinct b.activity_id from activity_budget b join activity a on a.id = b.activity_id
                where coalesce(b.currency, a.default_currency) = ?
                order by b.activity_id""", Long.class, currency);
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            Long[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(Long[]::new);
            Map<Long, String[]> activities = new LinkedHashMap<>();
            Map<Long, List<Budget>> budgets = new LinkedHashMap<>();
            jdbc.query("""
                    select a.id, a.iati_identifier, a.default_currency, b.type, b.status, b.period_start, b.period_end,
                           b.amount, b.currency, b.value_date
                    from activity a join activity_budget b on b.activity_id = a.id
                    where a.id = any(?) order by a.id, b.seq""", rs -> {
                long id = rs.getLong("id");
                activities.putIfAbsent(id, new String[] {rs.getString("iati_identifier"), rs.getString("default_currency")});
                budgets.computeIfAbsent(id, k -> new ArrayList<>()).add(new Budget(rs.getString("type"),
                        rs.getString("status"), date(rs, "period_start"), date(rs, "period_end"),
                        new Money(rs.getBigDecimal("amount"), rs.getString("currency"), date(rs, "value_date"))));
            }, (Object) chunk);
            List<Object[]> updates = new ArrayList<>();
            activities.forEach((id, a) -> {
                BigDecimal usd = budgetTotals.of(budgetsOnly(a[0], a[1], budgets.get(id))).usd();
                updates.add(new Object[] {usd, id, usd});
            });
            for (int[] batch : jdbc.batchUpdate("""
                    update activity set total_budget_usd = ? where id = ? and total_budget_usd is distinct from ?""",
                    updates, updates.size(), (ps, row) -> {
                        ps.setBigDecimal(1, (BigDecimal) row[0]);
                        ps.setLong(2, (Long) row[1]);
                        ps.setBigDecimal(3, (BigDecimal) row[2]);
                    })) {
                for (int n : batch) {
                    changed += Math.max(n, 0);
                }
            }
        }
        return changed;
    }

    private static IatiActivity budgetsOnly(String identifier, String defaultCurrency, List<Budget> budgets) {
        return new IatiActivity(identifier, defaultCurrency, null, null, null, null, null, List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                null, null, null, budgets, List.of(), List.of(), List.of(), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

}
