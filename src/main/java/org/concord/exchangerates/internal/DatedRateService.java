package org.concord.exchangerates.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated rates (the {@code dated} rows of {@code exchange_rate}): anyone reads them; administrators import them from CSV ({@link RateCsv}). An import is one
 * transaction: a file with any broken cell changes nothing and gets every broken cell back by row and column; a
 * sound one adds the new rates and corrects changed ones, so that importing the same file again changes nothing.
 * Each import is one audit row with its counts, dates and the file's SHA-256.
 */
@Service
class DatedRateService {

    private static final int CHUNK = 5000;

    private final JdbcTemplate jdbc;
    private final ExchangeRatePermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DatedRateService(JdbcTemplate jdbc, ExchangeRatePermissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Schema(name = "DatedExchangeRate", description = "on date, one unit of base was worth rate units of currency")
    record DatedRateView(String base, String currency, LocalDate date, BigDecimal rate, String source) {
    }

    @Schema(name = "DatedExchangeRateImport")
    record ImportResult(@Schema(description = "long or central-bank") String layout, int rows, int added, int changed,
                        int unchanged, LocalDate firstDate, LocalDate lastDate) implements java.io.Serializable {
    }

    /** The latest rate of each currency against each base, with the number of days stored. */
    record Latest(String base, String currency, LocalDate date, BigDecimal rate, String source, int days) {
    }

    @Transactional(readOnly = true)
    public List<Latest> latest() {
        return jdbc.query("""
                select distinct on (base, currency) base, currency, on_date, rate, source,
                       count(*) over (partition by base, currency)
                from exchange_rate where kind = 'dated' order by base, currency, on_date desc""",
                (rs, i) -> new Latest(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5), rs.getInt(6)));
    }

    @Transactional(readOnly = true)
    public List<DatedRateView> list(String currency, String base, LocalDate from, LocalDate to, int limit) {
        return jdbc.query("""
                select base, currency, on_date, rate, source from exchange_rate
                where kind = 'dated' and (cast(? as text) is null or currency = ?) and (cast(? as text) is null or base = ?)
                  and on_date >= coalesce(cast(? as date), '-infinity') and on_date <= coalesce(cast(? as date), 'infinity')
                order by on_date desc, base, currency limit ?""",
                (rs, i) -> new DatedRateView(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5)),
                upper(currency), upper(currency), upper(base), upper(base), from, to, Math.max(1, Math.min(limit, 10_000)));
    }

    @Transactional
    public ImportResult importCsv(String csv, String base, String source) {
        permissions.checkMayImport();
        String importBase = base == null || base.isBlank() ? "EUR" : base.strip().toUpperCase(Locale.ROOT);
        String importSource = source == null || source.isBlank() ? null : source.strip();
        List<FieldError> refused = new ArrayList<>();
        if (!RateCsv.currency(importBase)) {
            refused.add(new FieldError("base", "rate-unknown-currency", importBase));
        }
        if (importSource == null || importSource.length() > 60) {
            refused.add(new FieldError("source", "rate-source"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        RateCsv.Parsed parsed = RateCsv.parse(csv == null ? "" : csv, importBase, importSource);
        if (!parsed.errors().isEmpty()) {
            throw new InvalidInputException(parsed.errors().stream()
                    .map(e -> new FieldError("file", "csv-" + e.rule(), String.valueOf(e.row()), e.column(), e.value())).toList());
        }
        if (parsed.quotes().isEmpty()) {
            throw new InvalidInputException("file", "csv-empty", "2", "", "");
        }
        int added = 0;
        int changed = 0;
        List<RateRule.Quote> quotes = parsed.quotes();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        for (int from = 0; from < quotes.size(); from += CHUNK) {
            List<RateRule.Quote> chunk = quotes.subList(from, Math.min(quotes.size(), from + CHUNK));
            List<Boolean> inserted = upsert(chunk, now);
            added += (int) inserted.stream().filter(b -> b).count();
            changed += (int) inserted.stream().filter(b -> !b).count();
        }
        LocalDate first = quotes.stream().map(RateRule.Quote::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = quotes.stream().map(RateRule.Quote::date).max(LocalDate::compareTo).orElseThrow();
        ImportResult result = new ImportResult(parsed.layout(), quotes.size(), added, changed,
                quotes.size() - added - changed, first, last);
        events.publishEvent(EntityChanged.diff("exchange-rates", "dated", "dated-rates-imported",
                EntityChanged.snapshot(), EntityChanged.snapshot("layout", result.layout(), "source", importSource,
                        "base", importBase, "rows", result.rows(), "added", added, "changed", changed,
                        "firstDate", first, "lastDate", last, "sha256", sha256(csv))));
        return result;
    }

    /** Writes a chunk in one statement; returns, for each row written, whether it was new (false: corrected). */
    private List<Boolean> upsert(List<RateRule.Quote> chunk, OffsetDateTime now) {
        return jdbc.execute((java.sql.Connection c) -> {
            Array bases = c.createArrayOf("varchar", chunk.stream().map(RateRule.Quote::base).toArray());
            Array currencies = c.createArrayOf("varchar", chunk.stream().map(RateRule.Quote::currency).toArray());
            Array dates = c.createArrayOf("date", chunk.stream().map(q -> java.sql.Date.valueOf(q.date())).toArray());
            Array rates = c.createArrayOf("numeric", chunk.stream().map(RateRule.Quote::rate).toArray());
            Array sources = c.createArrayOf("varchar", chunk.stream().map(RateRule.Quote::source).toArray());
            try (var statement = c.prepareStatement("""
                    insert into exchange_rate as d (kind, base, currency, on_date, rate, source, recorded_at)
                    select 'dated', b, cur, dt, r, s, ?
                    from unnest(?::varchar[], ?::varchar[], ?::date[], ?::numeric[], ?::varchar[]) as t(b, cur, dt, r, s)
                    on conflict (currency, base, kind, on_date) do update set rate = excluded.rate, source = excluded.source,
                        recorded_at = excluded.recorded_at, version = d.version + 1
                    where d.rate <> excluded.rate or d.source <> excluded.source
                    returning (xmax = 0)""")) {
                statement.setObject(1, now);
                statement.setArray(2, bases);
                statement.setArray(3, currencies);
                statement.setArray(4, dates);
                statement.setArray(5, rates);
                statement.setArray(6, sources);
                List<Boolean> written = new ArrayList<>();
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        written.add(rs.getBoolean(1));
                    }
                }
                return written;
            }
        });
    }

    private static String upper(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((text == null ? "" : text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
