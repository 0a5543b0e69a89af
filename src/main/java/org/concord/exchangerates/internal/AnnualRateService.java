package org.concord.exchangerates.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concord.audit.EntityChanged;
import org.concord.exchangerates.AnnualRateFollower;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual average US-dollar rates (the {@code annual} rows of {@code exchange_rate}): anyone reads them;
 * administrators add, correct and delete them. Each change is one transaction that checks permission, writes the
 * rate, records the audit event and has every {@link AnnualRateFollower} (the activity registry's stored US-dollar
 * budget totals) recompute what it stored at the currency's rates, with the rates as this transaction now sees them.
 */
@Service
class AnnualRateService {

    static final int FIRST_YEAR = 1960;
    static final int LAST_YEAR = 2100;
    /** No currency unit is worth anywhere near this many dollars: a larger figure is a mistake. */
    static final BigDecimal MAX_RATE = new BigDecimal("10000");
    static final int MAX_DECIMALS = 12;
    static final int MAX_SOURCE = 60;
    /** What a rate entered without a source says: Concord's team compiled it, as the first rates (V5). */
    static final String DEFAULT_SOURCE = "Concord";
    /** A rate more than this many times off the nearest other year's is refused unless confirmed. */
    static final BigDecimal NEIGHBOUR_FACTOR = BigDecimal.TEN;
    /** Annual rate writes take their turn: the key pair they have always taken (reference data, second key). */
    private static final int LOCK_CLASS = 0x52454646;
    private static final int LOCK_KEY = 2;

    private final JdbcTemplate jdbc;
    private final AnnualRateTable table;
    private final ObjectProvider<AnnualRateFollower> followers;
    private final ExchangeRatePermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnualRateService(JdbcTemplate jdbc, AnnualRateTable table, ObjectProvider<AnnualRateFollower> followers,
                      ExchangeRatePermissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.table = table;
        this.followers = followers;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Schema(name = "ExchangeRate")
    record RateView(String currency,
                    @Schema(description = "the currency's English name (ISO 4217)") String currencyName,
                    int year,
                    @Schema(description = "US dollars for one unit of the currency, annual average") BigDecimal usdPerUnit,
                    @Schema(description = "who published or compiled the rate") String source,
                    long version) {
    }

    @Schema(name = "ExchangeRateChange")
    record RateChange(@Schema(description = "the rate now; null once deleted") RateView rate,
                      @Schema(description = "the rate before; null when there was none") BigDecimal previous,
                      @Schema(description = "activities whose US-dollar budget total changed") int recomputedActivities) {
    }

    /** The rates as a table: one row per currency, one column per year that has any rate. */
    record RateTable(List<Integer> years, List<CurrencyRow> rows) {
    }

    record CurrencyRow(String currency, String name, Map<Integer, RateView> byYear) {
    }

    @Transactional(readOnly = true)
    public List<RateView> list(String currency) {
        String filter = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        return jdbc.query(SELECT + " and (cast(? as text) is null or base = ?) order by base, on_date",
                (rs, i) -> view(rs), filter, filter);
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
        permissions.checkMayEdit();
        return rate(currency, year);
    }

    /** The rate as its edit form holds it, for those who may edit rates. */
    @Transactional(readOnly = true)
    public AnnualRateForm formOf(String currency, int year) {
        permissions.checkMayEdit();
        RateView rate = rate(currency, year);
        AnnualRateForm form = new AnnualRateForm();
        form.setCurrency(rate.currency());
        form.setYear(rate.year());
        form.setUsdPerUnit(rate.usdPerUnit());
        form.setSource(rate.source());
        form.setVersion(rate.version());
        return form;
    }

    /** The new-rate form's currency suggestions, for those who may add rates. */
    public Map<String, String> currencyChoices() {
        permissions.checkMayEdit();
        return currencies();
    }

    /** ISO 4217 codes with their English names, for the form's suggestions (not the dollar: it needs no rate). */
    public Map<String, String> currencies() {
        Map<String, String> all = new LinkedHashMap<>();
        Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).filter(c -> !c.equals(AnnualRateTable.USD))
                .sorted().forEach(c -> all.put(c, currencyName(c)));
        return all;
    }

    public String currencyName(String currency) {
        try {
            return Currency.getInstance(currency).getDisplayName(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- writing

    /** Adds a rate for a currency and year that have none. */
    @Transactional
    public RateChange create(AnnualRateForm form) {
        beginWrite();
        List<FieldError> errors = new ArrayList<>();
        String currency = checkCurrency(form.getCurrency(), errors);
        Integer year = checkYear(form.getYear(), errors);
        BigDecimal rate = checkRate(form.getUsdPerUnit(), errors);
        String source = checkSource(form.getSource(), errors);
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
        jdbc.update("""
                insert into exchange_rate (kind, base, currency, on_date, rate, source, recorded_at)
                values ('annual', ?, 'USD', ?, ?, ?, ?)""", currency, LocalDate.of(year, 1, 1), rate,
                source == null ? DEFAULT_SOURCE : source, clock.instant().atOffset(ZoneOffset.UTC));
        return changed(currency, year, null, "created");
    }

    /** Corrects the rate of a currency and year. */
    @Transactional
    public RateChange update(String currency, int year, AnnualRateForm form) {
        beginWrite();
        RateView before = find(currency, year, true);
        if (before == null) {
            throw new NotFoundException("exchange rate", currency + " " + year);
        }
        return replace(before, form);
    }

    /** Sets the rate of a currency and year, whether it had one or not (the API's PUT). */
    @Transactional
    public RateChange put(String currency, int year, AnnualRateForm form) {
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
        AnnualRateForm created = new AnnualRateForm();
        created.setCurrency(code);
        created.setYear(checkedYear);
        created.setUsdPerUnit(form.getUsdPerUnit());
        created.setSource(form.getSource());
        created.setConfirm(form.isConfirm());
        return create(created);
    }

    private RateChange replace(RateView before, AnnualRateForm form) {
        if (form.getVersion() != null && form.getVersion() != before.version()) {
            throw new ObjectOptimisticLockingFailureException("exchange_rate", before.currency() + " " + before.year());
        }
        List<FieldError> errors = new ArrayList<>();
        BigDecimal rate = checkRate(form.getUsdPerUnit(), errors);
        String given = checkSource(form.getSource(), errors);
        String source = given == null ? before.source() : given;
        if (errors.isEmpty() && rate.compareTo(before.usdPerUnit()) == 0 && source.equals(before.source())) {
            return new RateChange(before, before.usdPerUnit(), 0);
        }
        if (errors.isEmpty() && rate.compareTo(before.usdPerUnit()) != 0) {
            checkNeighbours(before.currency(), before.year(), rate, form.isConfirm(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.update("""
                update exchange_rate set rate = ?, source = ?, recorded_at = ?, version = version + 1
                where kind = 'annual' and currency = 'USD' and base = ? and on_date = ?""",
                rate, source, clock.instant().atOffset(ZoneOffset.UTC), before.currency(), LocalDate.of(before.year(), 1, 1));
        return changed(before.currency(), before.year(), before, "updated");
    }

    @Schema(name = "AnnualExchangeRateImport")
    record ImportResult(int rows, int added, int changed, int unchanged, int firstYear, int lastYear,
                        @Schema(description = "activities whose US-dollar budget total changed") int recomputedActivities)
            implements java.io.Serializable {
    }

    /**
     * Imports annual averages from CSV ({@link RateCsv#parseAnnual}): one transaction, refused whole with every broken
     * cell by row and column, or written whole (new rates added, changed ones corrected, the same file again changes
     * nothing); then the followers recompute for every currency whose rates moved, and one audit row records the
     * counts and the file's SHA-256. Unlike a rate typed by hand, no neighbour check: the file is the publisher's.
     */
    @Transactional
    public ImportResult importCsv(String csv, String source) {
        beginWrite();
        String importSource = source == null || source.isBlank() ? DEFAULT_SOURCE : source.strip();
        if (importSource.length() > MAX_SOURCE) {
            throw new InvalidInputException("source", "rate-source");
        }
        RateCsv.AnnualParsed parsed = RateCsv.parseAnnual(csv == null ? "" : csv, importSource, FIRST_YEAR, LAST_YEAR,
                MAX_RATE, MAX_DECIMALS);
        if (!parsed.errors().isEmpty()) {
            throw new InvalidInputException(parsed.errors().stream()
                    .map(e -> new FieldError("file", "csv-" + e.rule(), String.valueOf(e.row()), e.column(), e.value())).toList());
        }
        if (parsed.rows().isEmpty()) {
            throw new InvalidInputException("file", "csv-empty", "2", "", "");
        }
        java.time.OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int added = 0;
        int changed = 0;
        java.util.Set<String> moved = new TreeSet<>();
        for (RateCsv.AnnualRow row : parsed.rows()) {
            List<Boolean> written = jdbc.queryForList("""
                    insert into exchange_rate as d (kind, base, currency, on_date, rate, source, recorded_at)
                    values ('annual', ?, 'USD', ?, ?, ?, ?)
                    on conflict (currency, base, kind, on_date) do update set rate = excluded.rate, source = excluded.source,
                        recorded_at = excluded.recorded_at, version = d.version + 1
                    where d.rate <> excluded.rate or d.source <> excluded.source
                    returning (xmax = 0)""", Boolean.class, row.currency(), LocalDate.of(row.year(), 1, 1),
                    row.usdPerUnit(), row.source(), now);
            for (boolean isNew : written) {
                moved.add(row.currency());
                if (isNew) {
                    added++;
                } else {
                    changed++;
                }
            }
        }
        table.reload();
        int recomputed = 0;
        for (String currency : moved) {
            recomputed += followers.orderedStream().mapToInt(f -> f.annualRatesChanged(currency)).sum();
        }
        int first = parsed.rows().stream().mapToInt(RateCsv.AnnualRow::year).min().orElseThrow();
        int last = parsed.rows().stream().mapToInt(RateCsv.AnnualRow::year).max().orElseThrow();
        ImportResult result = new ImportResult(parsed.rows().size(), added, changed, parsed.rows().size() - added - changed,
                first, last, recomputed);
        events.publishEvent(EntityChanged.diff("exchange-rates", "annual", "annual-rates-imported",
                EntityChanged.snapshot(), EntityChanged.snapshot("source", importSource, "rows", result.rows(),
                        "added", added, "changed", changed, "firstYear", first, "lastYear", last,
                        "currencies", String.join(" ", moved), "recomputedActivities", recomputed,
                        "sha256", DatedRateService.sha256(csv))));
        return result;
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
        jdbc.update("delete from exchange_rate where kind = 'annual' and currency = 'USD' and base = ? and on_date = ?",
                before.currency(), LocalDate.of(year, 1, 1));
        return changed(before.currency(), year, before, "deleted");
    }

    private RateChange changed(String currency, int year, RateView before, String action) {
        RateView after = find(currency, year, false);
        // convert with this transaction's own rates from here on, then let what follows the rates follow
        table.reload();
        int recomputed = followers.orderedStream().mapToInt(f -> f.annualRatesChanged(currency)).sum();
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
            snapshot.put("source", rate.source());
        }
        return snapshot;
    }

    // ---------------------------------------------------------------- rules

    private static String checkCurrency(String value, List<FieldError> errors) {
        String currency = value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
        if (currency == null) {
            errors.add(new FieldError("currency", "required"));
        } else if (!RateCsv.currency(currency)) {
            errors.add(new FieldError("currency", "unknown-currency", value.strip()));
        } else if (currency.equals(AnnualRateTable.USD)) {
            errors.add(new FieldError("currency", "rate-usd"));
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

    private static String checkSource(String source, List<FieldError> errors) {
        if (source != null && source.length() > MAX_SOURCE) {
            errors.add(new FieldError("source", "rate-source"));
        }
        return source;
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
                select extract(year from on_date)::int as year, rate from exchange_rate
                where kind = 'annual' and currency = 'USD' and base = ? and on_date <> ?
                order by abs(extract(year from on_date)::int - ?), on_date limit 1""", rs -> {
            BigDecimal neighbour = rs.getBigDecimal(2);
            BigDecimal ratio = rate.divide(neighbour, MathContext.DECIMAL64);
            if (ratio.compareTo(NEIGHBOUR_FACTOR) > 0
                    || ratio.compareTo(BigDecimal.ONE.divide(NEIGHBOUR_FACTOR, MathContext.DECIMAL64)) < 0) {
                errors.add(new FieldError("usdPerUnit", "rate-far-from-neighbours",
                        neighbour.stripTrailingZeros().toPlainString(), String.valueOf(rs.getInt(1))));
            }
        }, currency, LocalDate.of(year, 1, 1), year);
    }

    private static final String SELECT = """
            select base, extract(year from on_date)::int as year, rate, source, version from exchange_rate
            where kind = 'annual' and currency = 'USD'""";

    private RateView find(String currency, int year, boolean lock) {
        List<RateView> found = jdbc.query(SELECT + " and base = ? and on_date = ?" + (lock ? " for update" : ""),
                (rs, i) -> view(rs), currency.strip().toUpperCase(Locale.ROOT), LocalDate.of(year, 1, 1));
        return found.isEmpty() ? null : found.get(0);
    }

    private RateView view(ResultSet rs) throws SQLException {
        String currency = rs.getString("base");
        return new RateView(currency, currencyName(currency), rs.getInt("year"),
                rs.getBigDecimal("rate").stripTrailingZeros(), rs.getString("source"), rs.getLong("version"));
    }

    /** Administrators only; then waits for any other annual rate change to commit. */
    private void beginWrite() {
        permissions.checkMayEdit();
        jdbc.queryForObject("select pg_advisory_xact_lock(?, ?)", Object.class, LOCK_CLASS, LOCK_KEY);
    }
}
