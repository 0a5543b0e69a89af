package org.concord.organisations.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.organisations.OrganisationSubtype;
import org.concord.organisations.OrganisationSummary;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.SsrRole;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the directory: filters, search by name or acronym in any language, names in the reader's
 * language (English where none is given), and counts per type and per SSR role for the filters.
 */
@Repository
class OrganisationQueries {

    private final NamedParameterJdbcTemplate jdbc;

    OrganisationQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    DirectoryPage find(DirectoryQuery query, String language) {
        MapSqlParameterSource params = new MapSqlParameterSource("language", language);
        String byType = condition(query.type() != null, "o.type = :type");
        String byCountry = condition(query.country() != null,
                "exists (select 1 from organisation_country c where c.organisation_id = o.id and c.country_code = :country)");
        String byRole = condition(query.role() != null,
                "exists (select 1 from organisation_ssr_role r where r.organisation_id = o.id and r.role = :role)");
        String byText = condition(query.q() != null, """
                exists (select 1 from organisation_name n where n.organisation_id = o.id
                        and (lower(n.name) like :q escape '\\' or lower(n.acronym) like :q escape '\\'))""");
        params.addValue("type", query.type() == null ? null : query.type().name());
        params.addValue("country", query.country());
        params.addValue("role", query.role() == null ? null : query.role().name());
        params.addValue("q", query.q() == null ? null : "%" + escapeLike(query.q().toLowerCase(java.util.Locale.ROOT)) + "%");

        String where = " where " + byType + " and " + byCountry + " and " + byRole + " and " + byText;
        long total = jdbc.queryForObject("select count(*) from organisation o" + where, params, Long.class);

        params.addValue("limit", query.size());
        params.addValue("offset", (long) query.page() * query.size());
        List<OrganisationSummary> rows = jdbc.query("""
                select o.id, coalesce(nl.name, ne.name) as name, coalesce(nl.acronym, ne.acronym) as acronym,
                       o.type, o.subtype, o.headquarters_country,
                       (select string_agg(r.role, ',' order by r.role) from organisation_ssr_role r
                        where r.organisation_id = o.id) as roles
                from organisation o
                join organisation_name ne on ne.organisation_id = o.id and ne.language = 'en'
                left join organisation_name nl on nl.organisation_id = o.id and nl.language = :language
                """ + where + """
                 order by lower(coalesce(nl.name, ne.name)), o.id
                limit :limit offset :offset""", params, (rs, i) -> new OrganisationSummary(
                rs.getLong("id"), rs.getString("name"), rs.getString("acronym"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("subtype") == null ? null : OrganisationSubtype.valueOf(rs.getString("subtype")),
                rs.getString("headquarters_country"), roles(rs.getString("roles"))));

        // counts per value of one filter, with the other filters applied
        Map<String, Long> typeCounts = counts("select o.type as value, count(*) as n from organisation o where "
                + byCountry + " and " + byRole + " and " + byText + " group by o.type", params);
        Map<String, Long> roleCounts = counts("""
                select r.role as value, count(*) as n from organisation o
                join organisation_ssr_role r on r.organisation_id = o.id where\s"""
                + byType + " and " + byCountry + " and " + byText + " group by r.role", params);
        return new DirectoryPage(rows, total, query.page(), query.size(), typeCounts, roleCounts);
    }

    long count() {
        return jdbc.getJdbcTemplate().queryForObject("select count(*) from organisation", Long.class);
    }

    Map<Long, String> names(String language) {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.query("""
                select o.id, coalesce(nl.name, ne.name) || coalesce(' (' || coalesce(nl.acronym, ne.acronym) || ')', '') as label
                from organisation o
                join organisation_name ne on ne.organisation_id = o.id and ne.language = 'en'
                left join organisation_name nl on nl.organisation_id = o.id and nl.language = :language
                order by lower(coalesce(nl.name, ne.name))""", Map.of("language", language),
                rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** The organisations whose headquarters country is this one (organisation_headquarters_country_idx, V73). */
    java.util.Set<Long> seatedIn(String countryCode) {
        return new java.util.HashSet<>(jdbc.queryForList("select id from organisation where headquarters_country = :country",
                Map.of("country", countryCode), Long.class));
    }

    /** By identifier regardless of case, as identifiers are unique regardless of case. */
    Map<String, Long> idsByIatiIdentifier() {
        Map<String, Long> ids = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.query("select iati_identifier, id from organisation where iati_identifier is not null", Map.of(),
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    /** The directory ids of those of these IATI identifiers it knows, matched and keyed regardless of case. */
    Map<String, Long> idsByIatiIdentifier(java.util.Collection<String> identifiers) {
        Map<String, Long> ids = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.query("select iati_identifier, id from organisation where lower(iati_identifier) = any(cast(:ids as varchar[]))",
                Map.of("ids", identifiers.stream().map(i -> i.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new)), rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    java.util.Set<String> slugs() {
        return new java.util.HashSet<>(jdbc.queryForList("select slug from organisation", Map.of(), String.class));
    }

    /** An organisation entered from an IATI file: English name only, typed from its IATI type. */
    record NewOrganisation(String slug, String type, String iatiIdentifier, String name) {
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** Inserts them all in one statement; returns the new id of each IATI identifier. */
    Map<String, Long> insertAll(List<NewOrganisation> rows) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("""
                with x as (select * from jsonb_to_recordset(cast(:rows as jsonb))
                           as x(slug text, type text, "iatiIdentifier" text, name text)),
                o as (insert into organisation (slug, type, iati_identifier)
                      select slug, type, "iatiIdentifier" from x returning id, iati_identifier),
                n as (insert into organisation_name (organisation_id, language, name)
                      select o.id, 'en', x.name from o join x on x."iatiIdentifier" = o.iati_identifier)
                select iati_identifier, id from o""", Map.of("rows", JSON.writeValueAsString(rows)), rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    private Map<String, Long> counts(String sql, MapSqlParameterSource params) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            counts.put(rs.getString("value"), rs.getLong("n"));
        });
        return counts;
    }

    private static String condition(boolean active, String sql) {
        return active ? "(" + sql + ")" : "true";
    }

    private static List<SsrRole> roles(String csv) {
        List<SsrRole> roles = new ArrayList<>();
        if (csv != null) {
            for (String r : csv.split(",")) {
                roles.add(SsrRole.valueOf(r));
            }
        }
        return roles;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
