package org.concord.projects.internal.iati;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Participant;

/**
 * Writes activities as CSV, one row per activity, with a header row and then a row of HXL hashtags
 * (Humanitarian Exchange Language), so that humanitarian and development tools (HDX, HXL Proxy, Quick Charts)
 * recognise the columns without a mapping.
 *
 * <p>Quoting follows RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, rows end in
 * CRLF. The writer is the caller's; it should encode UTF-8. Cells that come from activity data and start with
 * {@code = + - @}, a tab or a carriage return get a leading apostrophe, so that a spreadsheet shows them as
 * text instead of running them as formulas (CSV injection: imported IATI data is not trusted).
 */
public final class HxlCsvWriter {

    private static final String SEPARATOR = "; ";
    private static final String ROLE_FUNDING = OrganisationRole.FUNDING.code();
    private static final String ROLE_IMPLEMENTING = OrganisationRole.IMPLEMENTING.code();

    private final Function<IatiActivity, List<String>> reformAreas;

    /** Without the reform-area column: the IATI record alone does not say which SSR reform areas it serves. */
    public HxlCsvWriter() {
        this.reformAreas = null;
    }

    /** With a reform-area column ({@code #sector+ssr}), filled with the names {@code reformAreas} gives. */
    public HxlCsvWriter(Function<IatiActivity, List<String>> reformAreas) {
        this.reformAreas = Objects.requireNonNull(reformAreas);
    }

    public void write(Iterable<IatiActivity> activities, Writer out) throws IOException {
        List<Column> columns = columns();
        row(out, columns, Column::header);
        row(out, columns, Column::hashtag);
        for (IatiActivity activity : activities) {
            row(out, columns, c -> {
                String value = c.value().apply(activity);
                return value != null && c.fromRecord() ? neutralise(value) : value;
            });
        }
        out.flush();
    }

    private record Column(String header, String hashtag, Function<IatiActivity, String> value,
                          boolean fromRecord) {
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(text("IATI identifier", "#activity+id", IatiActivity::identifier));
        columns.add(text("Title", "#activity+name", a -> a.titles().isEmpty() ? null : a.title(language(a))));
        columns.add(text("Reporting organisation", "#org+reporting",
                a -> a.reportingOrg() == null ? null : firstOf(a.reportingOrg().name(), a.reportingOrg().ref())));
        columns.add(text("Funders", "#org+funder", a -> organisations(a, ROLE_FUNDING)));
        columns.add(text("Implementers", "#org+impl", a -> organisations(a, ROLE_IMPLEMENTING)));
        columns.add(text("Recipient countries", "#country+code",
                a -> join(TransactionShares.countries(a).stream().map(IatiActivity.RecipientCountry::code).toList())));
        columns.add(text("Sectors", "#sector+code", HxlCsvWriter::dacSectors));
        if (reformAreas != null) {
            columns.add(text("Reform areas", "#sector+ssr", a -> join(reformAreas.apply(a))));
        }
        columns.add(text("Status", "#status+code", IatiActivity::status));
        columns.add(computed("Start date", "#date+start", a -> date(a, "2", "1")));
        columns.add(computed("End date", "#date+end", a -> date(a, "4", "3")));
        columns.add(computed("Total budget", "#value+budget",
                a -> totalBudget(a).map(total -> total.amount().toPlainString()).orElse(null)));
        columns.add(text("Currency", "#currency", a -> totalBudget(a).map(Total::currency).orElse(null)));
        return columns;
    }

    /** A column holding text from the record: checked against formula injection. */
    private static Column text(String header, String hashtag, Function<IatiActivity, String> value) {
        return new Column(header, hashtag, value, true);
    }

    /** A column holding a number or date this class formats itself: nothing to neutralise, and "-5" must stay a number. */
    private static Column computed(String header, String hashtag, Function<IatiActivity, String> value) {
        return new Column(header, hashtag, value, false);
    }

    private static void row(Writer out, List<Column> columns, Function<Column, String> cell) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String value = cell.apply(columns.get(i));
            out.write(quote(value == null ? "" : value));
        }
        out.write("\r\n");
    }

    /** The language the activity names as its own, so that the title comes in the language the record was written in. */
    private static String language(IatiActivity a) {
        return a.defaultLanguage() == null ? "" : a.defaultLanguage();
    }

    private static String organisations(IatiActivity a, String role) {
        return join(a.participants().stream()
                .filter(p -> role.equals(p.role()))
                .map(HxlCsvWriter::name)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    private static String name(Participant p) {
        return firstOf(p.name() == null ? null : p.name().text(), p.ref());
    }

    /**
     * DAC codes only (vocabulary 1, 5-digit, and 2, 3-digit; their lengths tell them apart). A publisher's own
     * codes (98, 99) mean nothing beside another publisher's, so they would make the column incomparable.
     */
    private static String dacSectors(IatiActivity a) {
        // an activity that names its sectors (or countries) only on its transactions has theirs
        return join(TransactionShares.sectors(a).stream()
                .filter(s -> s.vocabulary() == null || "1".equals(s.vocabulary()) || "2".equals(s.vocabulary()))
                .map(IatiActivity.Sector::code)
                .toList());
    }

    /** The actual date when there is one, else the planned one. */
    private static String date(IatiActivity a, String actualType, String plannedType) {
        return dateOfType(a, actualType).or(() -> dateOfType(a, plannedType)).map(LocalDate::toString).orElse(null);
    }

    private static Optional<LocalDate> dateOfType(IatiActivity a, String type) {
        return a.dates().stream().filter(d -> type.equals(d.type()) && d.date() != null)
                .map(ActivityDate::date).findFirst();
    }

    private record Total(BigDecimal amount, String currency) {
    }

    /**
     * The sum of the activity's budgets. A revised budget (type 2) replaces the original ones (type 1) of the
     * same period instead of adding to them, as IATI defines it; adding both would count that period twice.
     * Budgets in more than one currency have no total without exchange rates, which this export does not
     * hold, so the cell is left empty rather than wrong.
     */
    private static Optional<Total> totalBudget(IatiActivity a) {
        Map<List<LocalDate>, List<Budget>> byPeriod = a.budgets().stream()
                .filter(b -> b.value() != null && b.value().amount() != null)
                .collect(Collectors.groupingBy(b -> Arrays.asList(b.periodStart(), b.periodEnd()),
                        LinkedHashMap::new, Collectors.toList()));
        List<Budget> counted = new ArrayList<>();
        for (List<Budget> period : byPeriod.values()) {
            List<Budget> revised = period.stream().filter(b -> "2".equals(b.type())).toList();
            counted.addAll(revised.isEmpty() ? period : revised);
        }
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        List<String> currencies = counted.stream()
                .map(b -> b.value().currency() != null ? b.value().currency() : a.defaultCurrency())
                .distinct().toList();
        if (currencies.size() != 1) {
            return Optional.empty();
        }
        BigDecimal sum = counted.stream().map(b -> b.value().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Total(sum, currencies.get(0)));
    }

    private static String join(List<String> values) {
        return values.stream().filter(Objects::nonNull).collect(Collectors.joining(SEPARATOR));
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
