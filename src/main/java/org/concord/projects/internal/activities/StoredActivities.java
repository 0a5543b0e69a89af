package org.concord.projects.internal.activities;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.AidType;
import org.concord.projects.internal.iati.IatiActivity.Extra;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Description;
import org.concord.projects.internal.iati.IatiActivity.DocumentLink;
import org.concord.projects.internal.iati.IatiActivity.Indicator;
import org.concord.projects.internal.iati.IatiActivity.Location;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Participant;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.Period;
import org.concord.projects.internal.iati.IatiActivity.PolicyMarker;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.RecipientRegion;
import org.concord.projects.internal.iati.IatiActivity.RelatedActivity;
import org.concord.projects.internal.iati.IatiActivity.Result;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;
import org.concord.projects.internal.iati.IatiActivity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activities read back from their tables ({@code activity} and one table per repeated element), as the model:
 * the reading side of {@link ActivityStore}, which writes them.
 */
final class StoredActivities {

    private final JdbcTemplate jdbc;

    StoredActivities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IatiActivity> load(long id) {
        return loadAll(List.of(id)).stream().findFirst();
    }

    public Optional<Long> idOf(String iatiIdentifier) {
        return jdbc.query("select id from activity where iati_identifier = ?",
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty(), iatiIdentifier);
    }

    /** The activities with these ids, in the order given, each with all its elements (one query per table). */
    public List<IatiActivity> loadAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, Builder> builders = new LinkedHashMap<>();
        ids.forEach(id -> builders.put(id, null));
        jdbc.query("select * from activity where id = any(?)", rs -> {
            Builder b = new Builder(rs);
            builders.put(b.id, b);
        }, (Object) array);
        builders.values().removeIf(java.util.Objects::isNull);
        children("activity_title", array, builders, (b, rs) -> b.titles.add(new Narrative(rs.getString("lang"), rs.getString("text"))));
        children("activity_description", array, builders, (b, rs) -> b.descriptions.add(new Description(rs.getString("type"),
                new Narrative(rs.getString("lang"), rs.getString("text")))));
        children("activity_date", array, builders, (b, rs) -> b.dates.add(new ActivityDate(rs.getString("type"),
                localDate(rs, "iso_date"))));
        children("activity_participant", array, builders, (b, rs) -> b.participants.add(new Participant(rs.getString("role"),
                rs.getString("ref"), rs.getString("type"), rs.getString("activity_ref"), rs.getString("crs_channel_code"),
                rs.getString("name") == null ? null : new Narrative(rs.getString("name_lang"), rs.getString("name")))));
        // rows from_transactions are the activity's transactions' countries, regions and sectors, not its own
        children("activity_country where not from_transactions and", array, builders, (b, rs) -> b.countries.add(new RecipientCountry(rs.getString("code"),
                decimal(rs, "percentage"))));
        children("activity_region where not from_transactions and", array, builders, (b, rs) -> b.regions.add(new RecipientRegion(rs.getString("vocabulary"),
                rs.getString("code"), decimal(rs, "percentage"))));
        children("activity_sector where not from_transactions and", array, builders, (b, rs) -> b.sectors.add(new Sector(rs.getString("vocabulary"),
                rs.getString("code"), decimal(rs, "percentage"), rs.getString("name"))));
        children("activity_policy_marker", array, builders, (b, rs) -> b.markers.add(new PolicyMarker(
                rs.getString("vocabulary"), rs.getString("code"), rs.getString("significance"))));
        children("activity_location", array, builders, (b, rs) -> b.locations.add(new Location(rs.getString("ref"),
                rs.getString("name"), rs.getString("description"), decimal(rs, "latitude"), decimal(rs, "longitude"))));
        children("activity_budget", array, builders, (b, rs) -> b.budgets.add(new Budget(rs.getString("type"),
                rs.getString("status"), localDate(rs, "period_start"), localDate(rs, "period_end"),
                new Money(decimal(rs, "amount"), rs.getString("currency"), localDate(rs, "value_date")))));
        children("activity_transaction", array, builders, (b, rs) -> b.transactions.add(new Transaction(rs.getString("ref"),
                bool(rs, "humanitarian"), rs.getString("type"), localDate(rs, "transaction_date"),
                new Money(decimal(rs, "amount"), rs.getString("currency"), localDate(rs, "value_date")),
                rs.getString("description"),
                party(rs.getString("provider_ref"), rs.getString("provider_activity_id"), rs.getString("provider_name"),
                        rs.getString("provider_type")),
                party(rs.getString("receiver_ref"), rs.getString("receiver_activity_id"), rs.getString("receiver_name"),
                        rs.getString("receiver_type")),
                rs.getString("disbursement_channel"),
                json(rs, "sectors", x -> new Sector(x.get("vocabulary"), x.get("code"), null, x.get("name"))),
                rs.getString("recipient_country"),
                rs.getString("recipient_region") == null ? null : new RecipientRegion(
                        rs.getString("recipient_region_vocabulary"), rs.getString("recipient_region"), null),
                rs.getString("flow_type"), rs.getString("finance_type"),
                json(rs, "aid_types", x -> new AidType(x.get("vocabulary"), x.get("code"))),
                rs.getString("tied_status"), json(rs, "extras", x -> new Extra(x.get("name"), x.get("xml"))))));
        children("activity_document", array, builders, (b, rs) -> b.documents.add(new DocumentLink(rs.getString("url"),
                rs.getString("format"), rs.getString("title"), rs.getString("category"), rs.getString("language"),
                localDate(rs, "document_date"))));
        children("activity_related", array, builders, (b, rs) -> b.related.add(new RelatedActivity(rs.getString("type"),
                rs.getString("ref"))));
        Map<Long, Map<Integer, Map<Integer, List<Period>>>> periods = new HashMap<>();
        jdbc.query("select * from activity_indicator_period where activity_id = any(?) order by activity_id, result_seq, "
                + "indicator_seq, seq", rs -> {
            periods.computeIfAbsent(rs.getLong("activity_id"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getInt("result_seq"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getInt("indicator_seq"), k -> new ArrayList<>())
                    .add(new Period(localDate(rs, "period_start"), localDate(rs, "period_end"),
                            rs.getString("target_value"), rs.getString("actual_value")));
        }, (Object) array);
        Map<Long, Map<Integer, List<Indicator>>> indicators = new HashMap<>();
        jdbc.query("select * from activity_indicator where activity_id = any(?) order by activity_id, result_seq, seq", rs -> {
            long activity = rs.getLong("activity_id");
            int result = rs.getInt("result_seq");
            List<Period> ps = periods.getOrDefault(activity, Map.of()).getOrDefault(result, Map.of())
                    .getOrDefault(rs.getInt("seq"), List.of());
            Integer baselineYear = rs.getObject("baseline_year") == null ? null : rs.getInt("baseline_year");
            indicators.computeIfAbsent(activity, k -> new HashMap<>()).computeIfAbsent(result, k -> new ArrayList<>())
                    .add(new Indicator(rs.getString("measure"), bool(rs, "ascending"), rs.getString("title"),
                            rs.getString("description"), baselineYear, localDate(rs, "baseline_date"),
                            rs.getString("baseline_value"), rs.getString("baseline_comment"), ps));
        }, (Object) array);
        children("activity_result", array, builders, (b, rs) -> b.results.add(new Result(rs.getString("type"),
                bool(rs, "aggregation_status"), rs.getString("title"), rs.getString("description"),
                indicators.getOrDefault(b.id, Map.of()).getOrDefault(rs.getInt("seq"), List.of()))));
        return builders.values().stream().map(Builder::build).toList();
    }

    private interface ChildReader {
        void read(Builder builder, ResultSet rs) throws SQLException;
    }

    /** {@code table} may end in "where … and" to choose rows. */
    private void children(String table, Long[] ids, Map<Long, Builder> builders, ChildReader reader) {
        String from = table.endsWith(" and") ? table : table + " where";
        jdbc.query("select * from " + from + " activity_id = any(?) order by activity_id, seq", rs -> {
            Builder b = builders.get(rs.getLong("activity_id"));
            if (b != null) {
                reader.read(b, rs);
            }
        }, (Object) ids);
    }

    private static Party party(String ref, String activityId, String name, String type) {
        return ref == null && activityId == null && name == null && type == null ? null
                : new Party(ref, activityId, name, type);
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();
    private static final tools.jackson.core.type.TypeReference<List<Map<String, String>>> ROWS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    /** A jsonb column of rows (an array of objects of text), each made into an element; none when null. */
    private static <T> List<T> json(ResultSet rs, String column, java.util.function.Function<Map<String, String>, T> element)
            throws SQLException {
        String value = rs.getString(column);
        return value == null ? List.of() : JSON.readValue(value, ROWS).stream().map(element).toList();
    }

    /** Numbers come back as they went in; the reader's normalisation (no trailing zeros) is kept. */
    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** Collects one activity's rows before building the immutable record. */
    private static final class Builder {
        final long id;
        final String identifier;
        final String defaultCurrency;
        final String defaultLanguage;
        final Integer hierarchy;
        final Boolean humanitarian;
        final Instant lastUpdated;
        final IatiActivity.Org reportingOrg;
        final String status;
        final String collaborationType;
        final String flowType;
        final String financeType;
        final String aidType;
        final String tiedStatus;
        final String scope;
        final List<Narrative> titles = new ArrayList<>();
        final List<Description> descriptions = new ArrayList<>();
        final List<Participant> participants = new ArrayList<>();
        final List<ActivityDate> dates = new ArrayList<>();
        final List<RecipientCountry> countries = new ArrayList<>();
        final List<RecipientRegion> regions = new ArrayList<>();
        final List<Location> locations = new ArrayList<>();
        final List<Sector> sectors = new ArrayList<>();
        final List<PolicyMarker> markers = new ArrayList<>();
        final List<Budget> budgets = new ArrayList<>();
        final List<Transaction> transactions = new ArrayList<>();
        final List<DocumentLink> documents = new ArrayList<>();
        final List<RelatedActivity> related = new ArrayList<>();
        final List<Result> results = new ArrayList<>();
        final List<Extra> extras;

        Builder(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            identifier = rs.getString("iati_identifier");
            defaultCurrency = rs.getString("default_currency");
            defaultLanguage = rs.getString("default_language");
            hierarchy = rs.getObject("hierarchy") == null ? null : rs.getInt("hierarchy");
            humanitarian = bool(rs, "humanitarian");
            Timestamp updated = rs.getTimestamp("last_updated");
            lastUpdated = updated == null ? null : updated.toInstant();
            String ref = rs.getString("reporting_org_ref");
            String type = rs.getString("reporting_org_type");
            String name = rs.getString("reporting_org_name");
            reportingOrg = ref == null && type == null && name == null ? null : new IatiActivity.Org(ref, type, name);
            status = rs.getString("status");
            collaborationType = rs.getString("collaboration_type");
            flowType = rs.getString("default_flow_type");
            financeType = rs.getString("default_finance_type");
            aidType = rs.getString("default_aid_type");
            tiedStatus = rs.getString("default_tied_status");
            scope = rs.getString("activity_scope");
            extras = json(rs, "extras", x -> new Extra(x.get("name"), x.get("xml")));
        }

        IatiActivity build() {
            return new IatiActivity(identifier, defaultCurrency, defaultLanguage, hierarchy, humanitarian, lastUpdated,
                    reportingOrg, titles, descriptions, participants, status, dates, countries, regions, locations,
                    sectors, markers, collaborationType, flowType, financeType, aidType, tiedStatus, scope, budgets,
                    transactions, documents, related, results, extras);
        }
    }
}
