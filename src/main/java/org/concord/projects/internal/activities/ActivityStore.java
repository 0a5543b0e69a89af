package org.concord.projects.internal.activities;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.Indicator;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.Period;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.OrganisationIdentifiers;
import org.concord.projects.internal.iati.TransactionShares;
import org.concord.projects.internal.reference.BudgetTotals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@link IatiActivity} records in the activity tables, one row per repeated element, and reads them
 * back into equal records. Callers hold the transaction; one activity is written by one call.
 */
@Repository
public class ActivityStore {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Saved(long id, Outcome outcome, String contentHash) {
    }

    private final JdbcTemplate jdbc;
    private final BudgetTotals budgetTotals;
    private final StoredActivities stored;

    public ActivityStore(JdbcTemplate jdbc, BudgetTotals budgetTotals) {
        this.jdbc = jdbc;
        this.stored = new StoredActivities(jdbc);
        this.budgetTotals = budgetTotals;
    }

    /** SHA-256 of everything modelled: equal records have equal hashes, any change changes it. */
    public static String contentHash(IatiActivity activity) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(activity.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An activity ready to be written in one statement: the JSON document {@code projects_save_activity} reads. */
    public record Prepared(String identifier, String contentHash, String document) {
    }

    /**
     * Creates or replaces the activity with this IATI identifier, in the caller's transaction, in one statement.
     * Unchanged content writes nothing.
     *
     * @param reformAreas reform area of a sector (vocabulary, code), or null
     * @param organisationIds directory organisation of an IATI organisation identifier, or null
     */
    public Saved save(IatiActivity a, String source, Function<Sector, String> reformAreas,
                      Function<String, Long> organisationIds) {
        Prepared prepared = prepare(a, reformAreas, organisationIds);
        return jdbc.queryForObject("select o_id, o_outcome from projects_save_activity(cast(? as jsonb), ?)",
                (rs, i) -> new Saved(rs.getLong(1), Outcome.valueOf(rs.getString(2)), prepared.contentHash()),
                prepared.document(), source);
    }

    /**
     * Organisations that imported activities name by an IATI identifier the directory was not linked to when
     * they were written: each identifier once, named as the reporting organisation names itself, else as a
     * participant is named.
     */
    public List<org.concord.organisations.Organisations.IatiOrganisation> unlinkedOrganisations() {
        return jdbc.query("""
                select distinct on (ref) ref, name, type from (
                    select reporting_org_ref as ref, reporting_org_name as name, reporting_org_type as type, 0 as rank
                    from activity where reporting_organisation_id is null and reporting_org_ref is not null
                      and source = 'import'
                    union all
                    select p.ref, p.name, p.type, 1 from activity_participant p join activity a on a.id = p.activity_id
                    where p.organisation_id is null and p.ref is not null and a.source = 'import') x
                where ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]'
                order by ref, name is null, rank""",
                (rs, i) -> new org.concord.organisations.Organisations.IatiOrganisation(rs.getString(1), rs.getString(2),
                        rs.getString(3)));
    }

    /** Links the rows naming these IATI organisation identifiers to their directory ids; returns how many rows. */
    public int link(Map<String, Long> directoryIds) {
        String ids = JSON.writeValueAsString(directoryIds);
        return jdbc.update("""
                update activity_participant p set organisation_id = cast(x.value as bigint)
                from jsonb_each_text(cast(? as jsonb)) x where p.ref = x.key and p.organisation_id is null
                  and p.ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]'""", ids)
                + jdbc.update("""
                update activity a set reporting_organisation_id = cast(x.value as bigint)
                from jsonb_each_text(cast(? as jsonb)) x
                where a.reporting_org_ref = x.key and a.reporting_organisation_id is null
                  and a.reporting_org_ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]'""", ids);
    }

    /** Activities an import created or changed since then (and perhaps a few others: a superset is harmless). */
    public List<Long> idsImportedSince(java.time.Instant since) {
        return jdbc.queryForList("select id from activity where source = 'import' and updated_at >= ?", Long.class,
                Timestamp.from(since));
    }

    public void delete(long id) {
        jdbc.update("delete from activity where id = ?", id);
    }

    /**
     * Everything the activity tables will hold of this activity, as one JSON document (read by
     * projects_save_activity, R__projects_activity_writes.sql): the activity row under "activity", each repeated
     * element as an array of rows under the name of what it holds ("titles", "transactions" …), fields named as their
     * columns, numbers as exact text, dates as ISO text. Pure computation, so an import prepares the next activities
     * while one is being written.
     */
    public Prepared prepare(IatiActivity a, Function<Sector, String> reformAreas, Function<String, Long> organisationIds) {
        String hash = contentHash(a);
        LocalDate start = date(a, "2").or(() -> date(a, "1")).orElse(null);
        LocalDate end = date(a, "4").or(() -> date(a, "3")).orElse(null);
        BudgetTotals.Total totals = budgetTotals.of(a);
        String language = a.defaultLanguage() == null ? "en" : a.defaultLanguage();
        StringBuilder text = new StringBuilder();
        a.titles().forEach(t -> text.append(t.text()).append(' '));
        a.descriptions().forEach(d -> text.append(d.text().text()).append(' '));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("identifier", a.identifier());
        doc.put("hash", hash);
        doc.put("search_title", a.title(language));
        doc.put("search_text", text.toString());
        doc.put("activity", row("reporting_org_ref", org(a, IatiActivity.Org::ref), "reporting_org_type", org(a, IatiActivity.Org::type),
                "reporting_org_name", org(a, IatiActivity.Org::name),
                "reporting_organisation_id", a.reportingOrg() == null || !OrganisationIdentifiers.usable(a.reportingOrg().ref())
                        ? null : organisationIds.apply(a.reportingOrg().ref()),
                "default_currency", a.defaultCurrency(), "default_language", a.defaultLanguage(),
                "hierarchy", a.hierarchy(), "humanitarian", a.humanitarian(), "status", a.status(),
                "collaboration_type", a.collaborationType(), "default_flow_type", a.defaultFlowType(),
                "default_finance_type", a.defaultFinanceType(), "default_aid_type", a.defaultAidType(),
                "default_tied_status", a.defaultTiedStatus(), "activity_scope", a.activityScope(),
                "last_updated", a.lastUpdated() == null ? null : a.lastUpdated().toString(), "title", a.title(language),
                "start_date", start, "end_date", end, "total_budget", totals.amount(),
                "budget_currency", totals.currency(), "total_budget_usd", totals.usd(),
                "extras", a.extras().isEmpty() ? null : extras(a.extras())));
        doc.put("kept", a.extras().stream().filter(e -> !e.copy()).count() + a.transactions().stream().mapToLong(t -> t.extras().stream().filter(e -> !e.copy()).count()).sum());
        children(doc, a, reformAreas, organisationIds);
        return new Prepared(a.identifier(), hash, JSON.writeValueAsString(doc));
    }

    private static String org(IatiActivity a, Function<IatiActivity.Org, String> field) {
        return a.reportingOrg() == null ? null : field.apply(a.reportingOrg());
    }

    private static Optional<LocalDate> date(IatiActivity a, String type) {
        return a.dates().stream().filter(d -> type.equals(d.type())).map(ActivityDate::date).findFirst();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static void children(Map<String, Object> doc, IatiActivity a, Function<Sector, String> reformAreas,
                                 Function<String, Long> organisationIds) {
        doc.put("titles", rows(a.titles(), (t, i) -> row("seq", i, "lang", t.lang(), "text", t.text())));
        doc.put("descriptions", rows(a.descriptions(), (d, i) -> row("seq", i, "type", d.type(), "lang", d.text().lang(),
                "text", d.text().text())));
        doc.put("dates", rows(a.dates(), (d, i) -> row("seq", i, "type", d.type(), "iso_date", d.date())));
        String publisher = OrganisationIdentifiers.publisher(a);
        doc.put("participants", rows(a.participants(), (p, i) -> row("seq", i, "role", p.role(), "ref", p.ref(), "type", p.type(),
                "activity_ref", p.activityId(), "crs_channel_code", p.crsChannelCode(),
                "name", p.name() == null ? null : p.name().text(), "name_lang", p.name() == null ? null : p.name().lang(),
                "organisation_id", OrganisationIdentifiers.usable(p.ref()) ? organisationIds.apply(p.ref()) : null,
                "org_key", OrganisationIdentifiers.key(p.ref(), p.name() == null ? null : p.name().text(), publisher,
                        a.identifier() + ":" + i))));
        // an activity that names its countries, regions or sectors only on its transactions has them as its own too,
        // marked from_transactions: every count, filter and share sees them, the IATI record does not (StoredActivities)
        boolean geography = TransactionShares.geographyFromTransactions(a);
        doc.put("countries", rows(TransactionShares.countries(a), (c, i) -> row("seq", i, "code", c.code(),
                "percentage", c.percentage(), "from_transactions", geography)));
        doc.put("regions", rows(TransactionShares.regions(a), (r, i) -> row("seq", i, "vocabulary", r.vocabulary(),
                "code", r.code(), "percentage", r.percentage(), "from_transactions", geography)));
        boolean sectors = TransactionShares.sectorsFromTransactions(a);
        doc.put("sectors", rows(TransactionShares.sectors(a), (x, i) -> row("seq", i, "vocabulary", x.vocabulary(),
                "code", x.code(), "percentage", x.percentage(), "name", x.name(), "reform_area", reformAreas.apply(x),
                "from_transactions", sectors)));
        doc.put("policy_markers", rows(a.policyMarkers(), (m, i) -> row("seq", i, "vocabulary", m.vocabulary(), "code", m.code(),
                "significance", m.significance())));
        doc.put("locations", rows(a.locations(), (l, i) -> row("seq", i, "ref", l.ref(), "name", l.name(),
                "description", l.description(), "latitude", l.latitude(), "longitude", l.longitude())));
        doc.put("budgets", rows(a.budgets(), (b, i) -> row("seq", i, "type", b.type(), "status", b.status(),
                "period_start", b.periodStart(), "period_end", b.periodEnd(), "amount", b.value().amount(),
                "currency", b.value().currency(), "value_date", b.value().valueDate())));
        doc.put("transactions", rows(a.transactions(), (t, i) -> row("seq", i, "ref", t.ref(), "type", t.type(),
                "transaction_date", t.date(), "amount", t.value().amount(), "currency", t.value().currency(),
                "value_date", t.value().valueDate(), "description", t.description(),
                "provider_ref", party(t.provider(), Party::ref), "provider_activity_id", party(t.provider(), Party::activityId),
                "provider_name", party(t.provider(), Party::name), "receiver_ref", party(t.receiver(), Party::ref),
                "receiver_activity_id", party(t.receiver(), Party::activityId),
                "receiver_name", party(t.receiver(), Party::name), "humanitarian", t.humanitarian(),
                "provider_type", party(t.provider(), Party::type), "receiver_type", party(t.receiver(), Party::type),
                "disbursement_channel", t.disbursementChannel(),
                "sectors", t.sectors().isEmpty() ? null : t.sectors().stream().map(x -> row("vocabulary", x.vocabulary(),
                        "code", x.code(), "name", x.name())).toList(),
                "recipient_country", t.recipientCountry(),
                "recipient_region", t.recipientRegion() == null ? null : t.recipientRegion().code(),
                "recipient_region_vocabulary", t.recipientRegion() == null ? null : t.recipientRegion().vocabulary(),
                "flow_type", t.flowType(), "finance_type", t.financeType(),
                "aid_types", t.aidTypes().isEmpty() ? null : t.aidTypes().stream().map(x -> row("vocabulary",
                        x.vocabulary(), "code", x.code())).toList(),
                "tied_status", t.tiedStatus(), "extras", t.extras().isEmpty() ? null : extras(t.extras()))));
        doc.put("documents", rows(a.documents(), (d, i) -> row("seq", i, "url", d.url(), "format", d.format(),
                "title", d.title(), "category", d.category(), "language", d.language(), "document_date", d.documentDate())));
        doc.put("related_activities", rows(a.relatedActivities(), (r, i) -> row("seq", i, "type", r.type(), "ref", r.ref())));
        doc.put("results", rows(a.results(), (r, i) -> row("seq", i, "type", r.type(), "aggregation_status", r.aggregationStatus(),
                "title", r.title(), "description", r.description())));
        List<Map<String, Object>> indicators = new ArrayList<>();
        List<Map<String, Object>> periods = new ArrayList<>();
        for (int r = 0; r < a.results().size(); r++) {
            List<Indicator> list = a.results().get(r).indicators();
            for (int n = 0; n < list.size(); n++) {
                Indicator x = list.get(n);
                indicators.add(row("result_seq", r, "seq", n, "measure", x.measure(), "ascending", x.ascending(),
                        "title", x.title(), "description", x.description(), "baseline_year", x.baselineYear(),
                        "baseline_date", x.baselineDate(), "baseline_value", x.baselineValue(),
                        "baseline_comment", x.baselineComment()));
                for (int q = 0; q < x.periods().size(); q++) {
                    Period period = x.periods().get(q);
                    periods.add(row("result_seq", r, "indicator_seq", n, "seq", q, "period_start", period.start(),
                            "period_end", period.end(), "target_value", period.target(), "actual_value", period.actual()));
                }
            }
        }
        doc.put("indicators", indicators);
        doc.put("indicator_periods", periods);
        // an element the activity does not have is left out, and the function skips its table
        doc.values().removeIf(v -> v instanceof List<?> list && list.isEmpty());
    }

    private static List<Map<String, Object>> extras(List<IatiActivity.Extra> extras) {
        return extras.stream().map(e -> row("name", e.name(), "xml", e.xml())).toList();
    }

    /** A row for the JSON document: numbers as exact text, dates as ISO text. */
    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            Object value = keysAndValues[k + 1];
            if (value instanceof BigDecimal d) {
                value = d.toPlainString();
            } else if (value instanceof LocalDate date) {
                value = date.toString();
            }
            row.put((String) keysAndValues[k], value);
        }
        return row;
    }

    private static <T> List<Map<String, Object>> rows(List<T> items, java.util.function.BiFunction<T, Integer, Map<String, Object>> maker) {
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(maker.apply(items.get(i), i));
        }
        return rows;
    }

    private static String party(Party party, Function<Party, String> field) {
        return party == null ? null : field.apply(party);
    }

    // ---------------------------------------------------------------- reading (StoredActivities)

    public Optional<IatiActivity> load(long id) {
        return stored.load(id);
    }

    public Optional<Long> idOf(String iatiIdentifier) {
        return stored.idOf(iatiIdentifier);
    }

    /** The activities with these ids, in the order given, each with all its elements. */
    public List<IatiActivity> loadAll(Collection<Long> ids) {
        return stored.loadAll(ids);
    }
}
