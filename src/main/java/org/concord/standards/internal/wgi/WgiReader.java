package org.concord.standards.internal.wgi;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the World Bank's long layout (one row per economy, indicator and year) as published: UTF-8 with a
 * byte-order mark, CRLF, quoted names with commas, ".." for a missing number, World Bank economy codes. Streams:
 * each row goes to the caller as it is read. Which column holds what comes from a saved column mapping.
 */
final class WgiReader {

    /** What a read found, beside the rows handed on. */
    record Summary(long rows, long read, long withoutEstimate, long problemCount, List<RowProblem> problems) {
    }

    /** The mapping names a header the file does not have. */
    static final class LayoutException extends IOException {
        final List<String> missingHeaders;

        LayoutException(List<String> missingHeaders) {
            super("the file has no column " + String.join(", ", missingHeaders));
            this.missingHeaders = missingHeaders;
        }
    }

    static final String MISSING = "..";
    /** Problems kept for the report; the count goes on past it. */
    static final int PROBLEMS_KEPT = 1_000;

    private final EconomyCodes economies;

    WgiReader(EconomyCodes economies) {
        this.economies = economies;
    }

    Summary read(InputStream in, Map<WgiColumn, String> headers, Consumer<WgiRow> rows) throws IOException {
        try (CsvRecords records = new CsvRecords(in)) {
            return read(records, headers, rows);
        }
    }

    private Summary read(CsvRecords records, Map<WgiColumn, String> headers, Consumer<WgiRow> rows) throws IOException {
        CsvRecords.Record header = records.next();
        if (header == null) {
            throw new LayoutException(List.of(headers.get(WgiColumn.ECONOMY_CODE)));
        }
        Map<WgiColumn, Integer> index = new EnumMap<>(WgiColumn.class);
        List<String> missing = new ArrayList<>();
        for (WgiColumn column : WgiColumn.values()) {
            String name = headers.get(column);
            if (name == null || name.isBlank()) {
                if (column.required()) {
                    missing.add(column.defaultHeader());
                }
                continue;
            }
            int at = indexOf(header.fields(), name);
            if (at < 0) {
                missing.add(name);
            } else {
                index.put(column, at);
            }
        }
        if (!missing.isEmpty()) {
            throw new LayoutException(missing);
        }
        RowReader reader = new RowReader(index, header.fields());
        long count = 0, read = 0, withoutEstimate = 0, problemCount = 0;
        List<RowProblem> problems = new ArrayList<>();
        while (true) {
            CsvRecords.Record record;
            List<RowProblem> found = new ArrayList<>();
            WgiRow row = null;
            try {
                record = records.next();
                if (record == null) {
                    break;
                }
                if (record.fields().size() == 1 && record.fields().get(0).isBlank()) {
                    continue;
                }
                count++;
                row = reader.row(record, found);
            } catch (CsvRecords.MalformedRecord e) {
                count++;
                found.add(new RowProblem(e.line, "", "", "quoting"));
            }
            if (!found.isEmpty()) {
                problemCount += found.size();
                for (RowProblem p : found) {
                    if (problems.size() < PROBLEMS_KEPT) {
                        problems.add(p);
                    }
                }
            } else if (row == null) {
                withoutEstimate++;
            } else {
                read++;
                rows.accept(row);
            }
        }
        return new Summary(count, read, withoutEstimate, problemCount, problems);
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** Reads one record into a row, adding what is wrong with it to {@code problems}; null for "no estimate". */
    private final class RowReader {
        private final Map<WgiColumn, Integer> index;
        private final List<String> header;

        RowReader(Map<WgiColumn, Integer> index, List<String> header) {
            this.index = index;
            this.header = header;
        }

        WgiRow row(CsvRecords.Record record, List<RowProblem> problems) {
            List<String> f = record.fields();
            long line = record.line();
            if (f.size() != header.size()) {
                problems.add(new RowProblem(line, "", String.valueOf(f.size()), "fields"));
                return null;
            }
            String code = text(f, WgiColumn.ECONOMY_CODE);
            String iso = economies.iso(code).orElse(null);
            if (iso == null) {
                problems.add(problem(line, WgiColumn.ECONOMY_CODE, code, "economy"));
            }
            String yearText = text(f, WgiColumn.YEAR);
            int year = 0;
            try {
                year = Integer.parseInt(yearText.strip());
                if (year < 1900 || year > 2200) {
                    problems.add(problem(line, WgiColumn.YEAR, yearText, "year"));
                }
            } catch (NumberFormatException e) {
                problems.add(problem(line, WgiColumn.YEAR, yearText, "year"));
            }
            String indicatorText = text(f, WgiColumn.INDICATOR);
            WgiIndicator indicator = WgiIndicator.ofCode(indicatorText).orElse(null);
            if (indicator == null) {
                problems.add(problem(line, WgiColumn.INDICATOR, indicatorText, "indicator"));
            }
            BigDecimal estimate = number(f, line, WgiColumn.ESTIMATE, null, null, problems);
            BigDecimal se = number(f, line, WgiColumn.STANDARD_ERROR, BigDecimal.ZERO, null, problems);
            BigDecimal hundred = BigDecimal.valueOf(100);
            BigDecimal rank = number(f, line, WgiColumn.PERCENTILE_RANK, BigDecimal.ZERO, hundred, problems);
            BigDecimal lower = number(f, line, WgiColumn.PERCENTILE_RANK_LOWER, BigDecimal.ZERO, hundred, problems);
            BigDecimal upper = number(f, line, WgiColumn.PERCENTILE_RANK_UPPER, BigDecimal.ZERO, hundred, problems);
            if (!problems.isEmpty() || estimate == null) {
                return null;
            }
            return new WgiRow(line, code.strip(), iso, year, indicator, estimate, se, rank, lower, upper);
        }

        private String text(List<String> f, WgiColumn column) {
            Integer at = index.get(column);
            return at == null ? "" : f.get(at);
        }

        private RowProblem problem(long line, WgiColumn column, String value, String rule) {
            return new RowProblem(line, header.get(index.get(column)).strip(), value, rule);
        }

        private BigDecimal number(List<String> f, long line, WgiColumn column, BigDecimal min, BigDecimal max,
                                  List<RowProblem> problems) {
            Integer at = index.get(column);
            if (at == null) {
                return null;
            }
            String text = f.get(at).strip();
            if (text.equals(MISSING) || text.isEmpty()) {
                return null;
            }
            try {
                BigDecimal n = new BigDecimal(text.toLowerCase(Locale.ROOT).startsWith("+") ? text.substring(1) : text);
                if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
                    problems.add(problem(line, column, text, "range"));
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                problems.add(problem(line, column, text, "number"));
                return null;
            }
        }
    }
}
