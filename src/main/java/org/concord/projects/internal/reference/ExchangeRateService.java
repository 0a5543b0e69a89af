package org.concord.projects.internal.reference;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.concord.audit.EntityChanged;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiCodelists;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.projects.internal.ActivityPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concord's approximate annual US-dollar rates: anyone reads them; administrators add, correct and delete them.
 * Each change is one transaction that checks permission, writes the rate, records the audit event and recomputes
 * the stored US-dollar budget total ({@code activity.total_budget_usd}) of every activity with a budget in that
 * currency, with the same rule as an import ({@link BudgetTotals}). Spending totals convert at read
 * time (the SQL views of R__projects_funding_links.sql) and follow by themselves.
 */
@Service
public class ExchangeRateService {

    public static final int FIRST_YEAR = 1960;
    public static final int LAST_YEAR = 2100;
    /** No currency unit is worth anywhere near this many dollars: a larger figure is a mistake. */
    static final BigDecimal MAX_RATE = new BigDecimal("10000");
    static final int MAX_DECIMALS = 12;
    /** A rate more than this many times off the nearest other year's is refused unless confirmed. */
    static final BigDecimal NEIGHBOUR_FACTOR = BigDecimal.TEN;
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    /** Rate writes take their turn (the second key of ReformAreaService's lock class). */
    private static final int LOCK_KEY = 2;
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final BudgetTotals budgetTotals;
    private final ExchangeRates rates;
    private final ApplicationEventPublisher events;
    private final IatiCodelists codelists = IatiCodelists.standard();

    private final ActivityPermissions permissions;

    public ExchangeRateService(JdbcTemplate jdbc, BudgetTotals budgetTotals, ExchangeRates rates,
                               ApplicationEventPublisher events, ActivityPermissions permissions) {
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.budgetTotals = budgetTotals;
        this.rates = rates;
        this.events = events;
    }

    @Schema(name = "ExchangeRate")
    public record RateView(String currency,
                           @Schema(description = "the currency's name in the IATI Currency codelist") String currencyName,
                           int year,
                           @Schema(description = "US dollars for one unit of the currency, annual average") BigDecimal usdPerUnit,
                           long version) {
    }

    @Schema(name = "ExchangeRateChange")
    public record RateChange(@Schema(description = "the rate now; null once deleted") RateView rate,
                             @Schema(description = "the rate before; null when there was none") BigDecimal previous,
                             @Schema(description = "activities whose US-dollar budget total changed") int recomputedActivities) {
    }

    /** The rates as a table: one row per currency, one column per year that has any rate. */
    public record RateTable(List<Integer> years, List<CurrencyRow> rows) {
    }

    public record CurrencyRow(String currency, String name, Map<Integer, RateView> byYear) {
    }

    @Transactional(readOnly = true)
    public List<RateView> list(String currency) {
        String filter = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        return jdbc.query("""
                select currency, year, usd_per_unit, version from exchange_rate
                where cast(? as text) is null or currency = ?
                order by currency, year""", (rs, i) -> view(rs), filter, filter);
    }

    @Transactional(readOnly = true)
    public RateTable table() {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, RateView>> byCurrency = new TreeMap<>();
        for (RateView rate : list(null)) {
            years.add(rate.year());
            byCurrency.computeIfAbsent(rate.currency(), k -> new TreeMap<>()).put(rate.year(), rate);
        }
        List<CurrencyRow> rows = new ArrayList<>();
        byCurrency.forEach((currency, byYear) -> rows.add(new CurrencyRow(currency, currencyName(currency), byYear)));
        return new RateTable(List.copyOf(years), rows);
    }

    @Transactional(readOnly = true)
    public RateView rate(String currency, int year) {
        RateView rate = find(currency, year, false);
        if (rate == null) {
            throw new NotFoundException("exchange rate", currency + " " + year);
        }
        return rate;
    }

    /** The rate as its edit page shows it, for those who may edit rates. */
    @Transactional(readOnly = true)
    public RateView rateToEdit(String currency, int year) {
        permissions.checkMayEditReferenceData();
        return rate(currency, year);
    }

    /** The rate as its edit form holds it, for those who may edit rates. */
    @Transactional(readOnly = true)
    public ExchangeRateForm formOf(String currency, int year) {
        permissions.checkMayEditReferenceData();
        RateView rate = rate(currency, year);
        ExchangeRateForm form = new ExchangeRateForm();
        form.setCurrency(rate.currency());
        form.setYear(rate.year());
        form.setUsdPerUnit(rate.usdPerUnit());
        form.setVersion(rate.version());
        return form;
    }

    /** The new-rate form's currency suggestions, for those who may add rates. */
    public Map<String, String> currencyChoices() {
        permissions.checkMayEditReferenceData();
        return currencies();
    }

    /** ISO 4217 codes of the IATI Currency codelist with their names, for the form's suggestions. */
    public Map<String, String> currencies() {
        Map<String, String> all = new LinkedHashMap<>();
        new TreeSet<>(codelists.codes("Currency")).forEach(c -> all.put(c, currencyName(c)));
        return all;
    }

    public String currencyName(String currency) {
        return codelists.name("Currency", currency).orElse(null);
    }

    // ---------------------------------------------------------------- writing

    /** Adds a rate for a currency and year that have none. */
    @Transactional
    public RateChange create(ExchangeRateForm form) {
        beginWrite();
        List<FieldError> errors = new ArrayList<>();
        String currency = checkCurrency(form.getCurrency(), errors);
        Integer year = checkYear(form.getYear(), errors);
        BigDecimal rate = checkRate(form.getUsdPerUnit(), errors);
        if (errors.isEmpty()) {
            RateView existing = find(currency, year, true);
            if (existing != null) {
                errors.add(new FieldError("year", "rate-exists", currency, String.valueOf(year)));
            } else {
                checkNeighbours(currency, year, rate, form.isConfirm(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.update("insert into exchange_rate (currency, year, usd_per_unit) values (?, ?, ?)", currency, year, rate);
        return changed(currency, year, null, "created");
    }

    /** Corrects the rate of a currency and year. */
    @Transactional
    public RateChange update(String currency, int year, ExchangeRateForm form) {
        beginWrite();
        RateView before = find(currency, year, true);
        if (before == null) {
            throw new NotFoundException("exchange rate", currency + " " + year);
        }
        return replace(before, form);
    }

    /** Sets the rate of a currency and year, whether it had one or not (the API's PUT). */
    @Transactional
    public RateChange put(String currency, int year, ExchangeRateForm form) {
        beginWrite();
        List<FieldError> errors = new ArrayList<>();
        String code = checkCurrency(currency, errors);
        Integer checkedYear = checkYear(year, errors);
        if (!errors.isEmpty()) {
            checkRate(form.getUsdPerUnit(), errors);
            throw new InvalidInputException(errors);
        }
        RateView before = find(code, checkedYear, true);
        if (before != null) {
            return replace(before, form);
        }
        ExchangeRateForm created = new ExchangeRateForm();
        created.setCurrency(code);
        created.setYear(checkedYear);
        created.setUsdPerUnit(form.getUsdPerUnit());
        created.setConfirm(form.isConfirm());
        return create(created);
    }

    private RateChange replace(RateView before, ExchangeRateForm form) {
        if (form.getVersion() != null && form.getVersion() != before.version()) {
            throw new ObjectOptimisticLockingFailureException("exchange_rate", before.currency() + " " + before.year());
        }
        List<FieldError> errors = new ArrayList<>();
        BigDecimal rate = checkRate(form.getUsdPerUnit(), errors);
        if (errors.isEmpty() && rate.compareTo(before.usdPerUnit()) == 0) {
            return new RateChange(before, before.usdPerUnit(), 0);
        }
        if (errors.isEmpty()) {
            checkNeighbours(before.currency(), before.year(), rate, form.isConfirm(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.update("update exchange_rate set usd_per_unit = ?, version = version + 1 where currency = ? and year = ?",
                rate, before.currency(), before.year());
        return changed(before.currency(), before.year(), before, "updated");
    }

    /** Deletes a rate: amounts of that year take the nearest year's rate, or none when it was the currency's last. */
    @Transactional
    public RateChange delete(String currency, int year, Long version) {
        beginWrite();
        RateView before = find(currency, year, true);
        if (before == null) {
            throw new NotFoundException("exchange rate", currency + " " + year);
        }
        if (version != null && version != before.version()) {
            throw new ObjectOptimisticLockingFailureException("exchange_rate", currency + " " + year);
        }
        jdbc.update("delete from exchange_rate where currency = ? and year = ?", before.currency(), year);
        return changed(before.currency(), year, before, "deleted");
    }

    private RateChange changed(String currency, int year, RateView before, String action) {
        RateView after = find(currency, year, false);
        // convert with this transaction's own rates from here on
        rates.reload();
        int recomputed = recomputeBudgetTotals(currency);
        Map<String, Object> afterSnapshot = snapshot(after);
        afterSnapshot.put("recomputedActivities", recomputed);
        events.publishEvent(EntityChanged.diff("exchange-rate", currency + "-" + year, action, snapshot(before),
                afterSnapshot));
        return new RateChange(after, before == null ? null : before.usdPerUnit(), recomputed);
    }

    private static Map<String, Object> snapshot(RateView rate) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        if (rate != null) {
            snapshot.put("usdPerUnit", rate.usdPerUnit().stripTrailingZeros().toPlainString());
        }
        return snapshot;
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

    // ---------------------------------------------------------------- rules

    private String checkCurrency(String value, List<FieldError> errors) {
        String currency = value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
        if (currency == null) {
            errors.add(new FieldError("currency", "required"));
        } else if (!CURRENCY.matcher(currency).matches() || !codelists.isValid("Currency", currency)) {
            errors.add(new FieldError("currency", "unknown-currency", value.strip()));
        }
        return currency;
    }

    private static Integer checkYear(Integer year, List<FieldError> errors) {
        if (year == null) {
            errors.add(new FieldError("year", "required"));
        } else if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldError("year", "year-range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        return year;
    }

    private static BigDecimal checkRate(BigDecimal rate, List<FieldError> errors) {
        if (rate == null) {
            errors.add(new FieldError("usdPerUnit", "required"));
        } else if (rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0) {
            errors.add(new FieldError("usdPerUnit", "rate-range", MAX_RATE.intValue()));
        } else if (rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.add(new FieldError("usdPerUnit", "rate-decimals", MAX_DECIMALS));
        }
        return rate == null ? null : rate.stripTrailingZeros();
    }

    /**
     * The likeliest mistake is a rate given the other way round (units for one dollar): far off the currency's
     * nearest other year. Redenominations are real, so the editor may confirm.
     */
    private void checkNeighbours(String currency, int year, BigDecimal rate, boolean confirmed, List<FieldError> errors) {
        if (confirmed) {
            return;
        }
        jdbc.query("""
                select year, usd_per_unit from exchange_rate where currency = ? and year <> ?
                order by abs(year - ?), year limit 1""", rs -> {
            BigDecimal neighbour = rs.getBigDecimal(2);
            BigDecimal ratio = rate.divide(neighbour, MathContext.DECIMAL64);
            if (ratio.compareTo(NEIGHBOUR_FACTOR) > 0
                    || ratio.compareTo(BigDecimal.ONE.divide(NEIGHBOUR_FACTOR, MathContext.DECIMAL64)) < 0) {
                errors.add(new FieldError("usdPerUnit", "rate-far-from-neighbours",
                        neighbour.stripTrailingZeros().toPlainString(), String.valueOf(rs.getInt(1))));
            }
        }, currency, year, year);
    }

    private RateView find(String currency, int year, boolean lock) {
        List<RateView> found = jdbc.query("select currency, year, usd_per_unit, version from exchange_rate "
                + "where currency = ? and year = ?" + (lock ? " for update" : ""), (rs, i) -> view(rs),
                currency.strip().toUpperCase(Locale.ROOT), year);
        return found.isEmpty() ? null : found.get(0);
    }

    private RateView view(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency");
        return new RateView(currency, currencyName(currency), rs.getInt("year"),
                rs.getBigDecimal("usd_per_unit").stripTrailingZeros(), rs.getLong("version"));
    }

    /** Administrators only; then waits for any other rate change to commit. */
    private void beginWrite() {
        permissions.checkMayEditReferenceData();
        jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)", Object.class, ReformAreaService.LOCK_CLASS, LOCK_KEY);
    }
}
