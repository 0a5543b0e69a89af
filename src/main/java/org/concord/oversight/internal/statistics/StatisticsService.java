package org.concord.oversight.internal.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.Organisations;
import org.concord.oversight.BodyStatistics;
import org.concord.oversight.BodyStatistics.Cell;
import org.concord.oversight.CaseOutcome;
import org.concord.oversight.Category;
import org.concord.oversight.Figure;
import org.concord.oversight.OversightCountryFigures;
import org.concord.oversight.OversightStatistics;
import org.concord.oversight.SanctionType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public statistics: counts from SQL, through {@link SmallCells}, labelled in the reader's language. */
@Service
class StatisticsService implements OversightStatistics {

    private final StatisticsQueries queries;
    private final Organisations organisations;
    private final MessageSource messages;

    private final org.concord.shared.cache.DataVersion casesVersion;

    StatisticsService(StatisticsQueries queries, Organisations organisations, MessageSource messages,
                      org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.casesVersion = new org.concord.shared.cache.DataVersion(jdbc, "oversight_case_version", 35);
        this.queries = queries;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BodyStatistics> body(long organisationId, Locale locale) {
        return organisations.find(organisationId, locale).map(o -> compute(o, locale));
    }

    private BodyStatistics compute(OrganisationView body, Locale locale) {
        long id = body.id();
        StatisticsQueries.Counts counts = queries.counts(id);
        long received = counts.of("category").values().stream().mapToLong(Long::longValue).sum();
        Figure total = SmallCells.total(received);
        List<Cell> months = cells(everyMonth(counts.of("month")), received, k -> k);
        List<Cell> categories = cells(filled(counts.of("category"), Category.values()), received,
                k -> text("oversight.category." + k, locale));
        Map<String, Long> byInstitution = new java.util.LinkedHashMap<>();
        counts.of("institution").entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byInstitution.put(e.getKey(), e.getValue()));
        List<Cell> institutions = cells(byInstitution, received, k -> "none".equals(k)
                ? text("oversight.statistics.no-institution", locale)
                : organisations.find(Long.parseLong(k), locale).map(OrganisationView::name).orElse(k));
        Map<String, Long> outcomes = filled(counts.of("outcome"), CaseOutcome.values());
        long decidedCount = outcomes.values().stream().mapToLong(Long::longValue).sum();
        Figure decided = SmallCells.total(decidedCount);
        List<Cell> byOutcome = cells(outcomes, decidedCount, k -> text("oversight.outcome." + k, locale));
        Figure upheld = byOutcome.stream().filter(c -> c.key().equals(CaseOutcome.UPHELD.name())).findFirst()
                .map(Cell::count).orElse(Figure.shown(0));
        Map<String, Long> sanctionCounts = filled(counts.of("sanction"), SanctionType.values());
        long sanctionTotal = sanctionCounts.values().stream().mapToLong(Long::longValue).sum();
        List<Cell> sanctions = cells(sanctionCounts, sanctionTotal, k -> text("oversight.sanction." + k, locale));
        var ack = counts.toAcknowledge();
        var decision = counts.toDecision();
        return new BodyStatistics(id, body.name(), total, months, categories, institutions, decided, byOutcome,
                SmallCells.share(upheld, decided), SmallCells.median(ack.days(), ack.cases()),
                SmallCells.median(decision.days(), decision.cases()), SmallCells.total(sanctionTotal), sanctions);
    }

    @Override
    @Transactional(readOnly = true)
    public OversightCountryFigures countryFigures(String country, Locale locale) {
        String code = country.toUpperCase(Locale.ROOT);
        List<OrganisationView> bodies = queries.bodiesWithChannels().stream()
                .map(id -> organisations.find(id, locale)).flatMap(Optional::stream)
                .filter(o -> o.countries().contains(code) || code.equals(o.headquartersCountry()))
                .sorted(java.util.Comparator.comparing(OrganisationView::name))
                .toList();
        Map<Long, long[]> counts = queries.receivedAndClosed(bodies.stream().map(OrganisationView::id).toList());
        List<Long> received = bodies.stream().map(b -> counts.getOrDefault(b.id(), new long[2])[0]).toList();
        List<Long> closed = bodies.stream().map(b -> counts.getOrDefault(b.id(), new long[2])[1]).toList();
        List<Figure> r = SmallCells.tableWithOwnTotal(received);
        List<Figure> h = SmallCells.tableWithOwnTotal(closed);
        List<OversightCountryFigures.Body> lines = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            lines.add(new OversightCountryFigures.Body(bodies.get(i).id(), bodies.get(i).name(), r.get(i), h.get(i)));
        }
        return new OversightCountryFigures(code, lines, r.get(bodies.size()), h.get(bodies.size()));
    }

    @Override
    public org.concord.shared.cache.DataVersion casesVersion() {
        return casesVersion;
    }

    /** Every month from the first with a report to the last, months without one as 0. */
    private static Map<String, Long> everyMonth(Map<String, Long> counts) {
        Map<String, Long> all = new java.util.LinkedHashMap<>();
        if (!counts.isEmpty()) {
            java.time.YearMonth last = counts.keySet().stream().map(java.time.YearMonth::parse).max(java.util.Comparator.naturalOrder()).orElseThrow();
            for (java.time.YearMonth m = counts.keySet().stream().map(java.time.YearMonth::parse)
                    .min(java.util.Comparator.naturalOrder()).orElseThrow(); !m.isAfter(last); m = m.plusMonths(1)) {
                all.put(m.toString(), counts.getOrDefault(m.toString(), 0L));
            }
        }
        return all;
    }

    private static Map<String, Long> filled(Map<String, Long> counts, Enum<?>[] keys) {
        Map<String, Long> all = new java.util.LinkedHashMap<>();
        Arrays.stream(keys).forEach(k -> all.put(k.name(), counts.getOrDefault(k.name(), 0L)));
        return all;
    }

    private static List<Cell> cells(Map<String, Long> counts, long total, Function<String, String> label) {
        List<String> keys = new ArrayList<>(counts.keySet());
        List<Figure> figures = SmallCells.table(keys.stream().map(counts::get).toList(), total);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            cells.add(new Cell(keys.get(i), label.apply(keys.get(i)), figures.get(i)));
        }
        return cells;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
