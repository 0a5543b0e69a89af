package org.concord.exchangerates.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads dated rates from CSV in one of two layouts, found from the header row:
 * <ul>
 * <li><b>long</b>: columns {@code date,currency,base,rate} (any order, optional {@code source}); one rate per row:
 * on {@code date}, one {@code base} was worth {@code rate} {@code currency};</li>
 * <li><b>central bank</b> (the European Central Bank's {@code eurofxref-hist.csv}): {@code Date} then one column per
 * currency code, one row per day, {@code N/A} or empty where there is no rate; all against the base the importer
 * names (EUR for the ECB).</li>
 * </ul>
 * Dates are ISO (2024-03-15), rates decimal with a point. Every broken cell is reported with its row (the header is
 * row 1) and column, up to {@value #MAX_ERRORS}.
 */
final class RateCsv {

    static final int MAX_ERRORS = 50;
    static final String LONG = "long";
    static final String CENTRAL_BANK = "central-bank";
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /** A broken cell: row number as a spreadsheet shows it, the column's heading, the rule, the value. */
    record CellError(int row, String column, String rule, String value) {
    }

    record Parsed(String layout, List<RateRule.Quote> quotes, List<CellError> errors) {
    }

    private RateCsv() {
    }

    static Parsed parse(String text, String base, String source) {
        List<String> lines = text.strip().isEmpty() ? List.of() : List.of(text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceFirst("^\uFEFF", "").split("\n"));
        List<CellError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new CellError(1, "", "empty", ""));
            return new Parsed(null, List.of(), errors);
        }
        List<String> header = cells(lines.get(0)).stream().map(String::strip).toList();
        List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        Reader reader;
        if (lower.containsAll(List.of("date", "currency", "base", "rate"))) {
            reader = new Reader(LONG, header, lower, base, source, errors);
        } else if (!lower.isEmpty() && lower.get(0).equals("date") && header.size() > 1) {
            reader = new Reader(CENTRAL_BANK, header, lower, base, source, errors);
            reader.checkHeader();
        } else {
            errors.add(new CellError(1, header.isEmpty() ? "" : header.get(0), "layout", lines.get(0)));
            return new Parsed(null, List.of(), errors);
        }
        for (int i = 1; i < lines.size() && errors.size() < MAX_ERRORS; i++) {
            if (!lines.get(i).isBlank()) {
                reader.row(i + 1, cells(lines.get(i)));
            }
        }
        return new Parsed(reader.layout, List.copyOf(reader.quotes.values()), errors);
    }

    /** One annual average read from CSV: in {@code year}, one unit of {@code currency} was worth {@code usdPerUnit} dollars. */
    record AnnualRow(int year, String currency, BigDecimal usdPerUnit, String source) {
    }

    record AnnualParsed(List<AnnualRow> rows, List<CellError> errors) {
    }

    /**
     * Annual averages against the US dollar: columns {@code year,currency,usd_per_unit} (any order, optional
     * {@code source}), one rate per row, years from {@code firstYear} to {@code lastYear}, rates above 0 and at most
     * {@code maxRate} with at most {@code maxDecimals} decimals; the dollar itself has no rate.
     */
    static AnnualParsed parseAnnual(String text, String source, int firstYear, int lastYear, BigDecimal maxRate,
                                    int maxDecimals) {
        List<String> lines = text.strip().isEmpty() ? List.of() : List.of(text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceFirst("^\uFEFF", "").split("\n"));
        List<CellError> errors = new ArrayList<>();
        if (lines.isEmpty()) {
            errors.add(new CellError(1, "", "empty", ""));
            return new AnnualParsed(List.of(), errors);
        }
        List<String> header = cells(lines.get(0)).stream().map(String::strip).toList();
        List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (!lower.containsAll(List.of("year", "currency", "usd_per_unit"))) {
            errors.add(new CellError(1, header.isEmpty() ? "" : header.get(0), "annual-layout", lines.get(0)));
            return new AnnualParsed(List.of(), errors);
        }
        int yearAt = lower.indexOf("year");
        int currencyAt = lower.indexOf("currency");
        int rateAt = lower.indexOf("usd_per_unit");
        int sourceAt = lower.indexOf("source");
        Map<String, AnnualRow> rows = new java.util.LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 1; i < lines.size() && errors.size() < MAX_ERRORS; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int row = i + 1;
            List<String> cells = cells(lines.get(i));
            Integer year = null;
            String yearText = cell(cells, yearAt).strip();
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                // reported below
            }
            if (year == null || year < firstYear || year > lastYear) {
                errors.add(new CellError(row, header.get(yearAt), "year-range", yearText));
                year = null;
            }
            String currency = cell(cells, currencyAt).strip().toUpperCase(Locale.ROOT);
            if (!currency(currency)) {
                errors.add(new CellError(row, header.get(currencyAt), "unknown-currency", cell(cells, currencyAt)));
                currency = null;
            } else if (currency.equals("USD")) {
                errors.add(new CellError(row, header.get(currencyAt), "rate-usd", currency));
                currency = null;
            }
            BigDecimal rate = null;
            String rateText = cell(cells, rateAt).strip();
            try {
                rate = new BigDecimal(rateText);
            } catch (NumberFormatException e) {
                errors.add(new CellError(row, header.get(rateAt), "rate-format", rateText));
            }
            if (rate != null && (rate.signum() <= 0 || rate.compareTo(maxRate) > 0
                    || rate.stripTrailingZeros().scale() > maxDecimals)) {
                errors.add(new CellError(row, header.get(rateAt), "rate-range", rateText));
                rate = null;
            }
            String rowSource = sourceAt >= 0 && !cell(cells, sourceAt).isBlank() ? cell(cells, sourceAt).strip() : source;
            if (rowSource != null && rowSource.length() > 60) {
                errors.add(new CellError(row, header.get(sourceAt), "source-length", rowSource));
                rowSource = null;
            }
            if (year == null || currency == null || rate == null || rowSource == null) {
                continue;
            }
            String key = year + "/" + currency;
            AnnualRow earlier = rows.putIfAbsent(key, new AnnualRow(year, currency, rate.stripTrailingZeros(), rowSource));
            if (earlier != null && earlier.usdPerUnit().compareTo(rate) != 0) {
                errors.add(new CellError(row, header.get(rateAt), "annual-duplicate", String.valueOf(firstRow.get(key))));
            }
            firstRow.putIfAbsent(key, row);
        }
        return new AnnualParsed(List.copyOf(rows.values()), errors);
    }

    private static final class Reader {
        final String layout;
        final List<String> header;
        final List<String> lower;
        final String base;
        final String source;
        final List<CellError> errors;
        final Map<String, RateRule.Quote> quotes = new java.util.LinkedHashMap<>();
        final Map<String, Integer> firstRow = new HashMap<>();

        Reader(String layout, List<String> header, List<String> lower, String base, String source, List<CellError> errors) {
            this.layout = layout;
            this.header = header;
            this.lower = lower;
            this.base = base;
            this.source = source;
            this.errors = errors;
        }

        void checkHeader() {
            for (int c = 1; c < header.size(); c++) {
                String code = header.get(c);
                if (!code.isEmpty() && !currency(code)) {
                    errors.add(new CellError(1, code, "unknown-currency", code));
                }
            }
        }

        void row(int row, List<String> cells) {
            String dateColumn = header.get(lower.indexOf("date"));
            LocalDate date = date(row, dateColumn, cell(cells, lower.indexOf("date")));
            if (layout.equals(LONG)) {
                String currency = code(row, header.get(lower.indexOf("currency")), cell(cells, lower.indexOf("currency")));
                String rowBase = code(row, header.get(lower.indexOf("base")), cell(cells, lower.indexOf("base")));
                BigDecimal rate = rate(row, header.get(lower.indexOf("rate")), cell(cells, lower.indexOf("rate")));
                String rowSource = lower.contains("source") && !cell(cells, lower.indexOf("source")).isBlank()
                        ? cell(cells, lower.indexOf("source")).strip() : source;
                add(row, "currency", date, rowBase, currency, rate, rowSource);
            } else {
                for (int c = 1; c < header.size(); c++) {
                    String value = cell(cells, c).strip();
                    if (header.get(c).isEmpty() || value.isEmpty() || value.equalsIgnoreCase("N/A")) {
                        continue;
                    }
                    BigDecimal rate = rate(row, header.get(c), value);
                    add(row, header.get(c), date, base, currency(header.get(c)) ? header.get(c) : null, rate, source);
                }
            }
        }

        private void add(int row, String column, LocalDate date, String rowBase, String currency, BigDecimal rate,
                         String rowSource) {
            if (date == null || rowBase == null || currency == null || rate == null) {
                return;
            }
            if (rowBase.equals(currency)) {
                errors.add(new CellError(row, column, "rate-same-currency", currency));
                return;
            }
            String key = date + "/" + rowBase + "/" + currency;
            RateRule.Quote quote = new RateRule.Quote(rowBase, currency, date, rate, rowSource);
            RateRule.Quote earlier = quotes.putIfAbsent(key, quote);
            if (earlier != null && earlier.rate().compareTo(rate) != 0) {
                errors.add(new CellError(row, column, "rate-duplicate", String.valueOf(firstRow.get(key))));
            }
            firstRow.putIfAbsent(key, row);
        }

        private LocalDate date(int row, String column, String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.add(new CellError(row, column, "rate-date-format", value));
                return null;
            }
        }

        private String code(int row, String column, String value) {
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (!currency(code)) {
                errors.add(new CellError(row, column, "unknown-currency", value));
                return null;
            }
            return code;
        }

        private BigDecimal rate(int row, String column, String value) {
            try {
                BigDecimal rate = new BigDecimal(value.strip());
                if (rate.signum() > 0) {
                    return rate.stripTrailingZeros();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            errors.add(new CellError(row, column, "rate-format", value));
            return null;
        }
    }

    static boolean currency(String code) {
        return code != null && code.matches("[A-Z]{3}") && CURRENCIES.contains(code);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** One CSV line's cells (RFC 4180 quoting: "a, b" and "" for a quote inside). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
