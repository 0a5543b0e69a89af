package org.concord.projects.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concord.projects.internal.iati.IatiRule;
import org.concord.projects.internal.iati.WellFormedness;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The import_job, import_lane and import_rejection tables. */
@Repository
class ImportJobs {

    private final JdbcTemplate jdbc;

    ImportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code content} is read once, streamed to the database ({@code length} bytes). */
    long create(String fileName, java.io.InputStream content, long length, String version, int total, String requestedBy,
                java.util.Set<Long> reportingOrganisations, Repair repair, int repairedCharacters) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    insert into import_job (file_name, content, status, version, total, requested_by, reporting_organisations,
                        repair, repaired_characters)
                    values (?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?) returning id""");
            statement.setString(1, fileName);
            statement.setBinaryStream(2, content, length);
            statement.setString(3, version);
            statement.setInt(4, total);
            statement.setString(5, requestedBy);
            statement.setArray(6, reportingOrganisations == null ? null
                    : connection.createArrayOf("bigint", reportingOrganisations.toArray(Long[]::new)));
            statement.setString(7, repair == Repair.NONE ? null : repair.value());
            statement.setInt(8, repairedCharacters);
            return statement;
        }, (ResultSet rs) -> {
            rs.next();
            return rs.getLong(1);
        });
    }

    /** At most this many removals are listed in a job's report; the job counts them all. */
    static final int MAX_REMOVALS_LISTED = 10_000;

    /** Each removal of a repair, as a problem of kind REMOVED: line, column and code point (or reference). */
    void removals(long id, List<WellFormedness.Place> removals) {
        List<WellFormedness.Place> listed = removals.subList(0, Math.min(removals.size(), MAX_REMOVALS_LISTED));
        jdbc.batchUpdate("""
                insert into import_rejection (job_id, iati_identifier, position, kind, element, rule_key, rule_arguments)
                values (?, ?, ?, 'REMOVED', ?, ?, cast(? as jsonb))""", listed, 1000, (ps, place) -> {
            ps.setLong(1, id);
            ps.setString(2, place.identifier());
            ps.setObject(3, place.activity() == 0 ? null : place.activity());
            ps.setString(4, place.activity() == 0 ? "iati-activities" : "iati-activity[" + place.activity() + "]");
            ps.setString(5, IatiRule.CHARACTER_REMOVED.key());
            ps.setString(6, JSON.writeValueAsString(List.of(String.valueOf(place.line()), String.valueOf(place.column()),
                    place.arguments().get(0))));
        });
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /** The organisations whose activities the job may write; null: any. */
    java.util.Set<Long> reportingOrganisations(long id) {
        Long[] ids = jdbc.queryForObject("select reporting_organisations from import_job where id = ?",
                (rs, i) -> rs.getArray(1) == null ? null : (Long[]) rs.getArray(1).getArray(), id);
        return ids == null ? null : java.util.Set.of(ids);
    }

    /** A job with its lanes' counts added up (the file itself is left in the table). */
    private static final String JOB = """
            select j.id, j.file_name, j.status, j.version, j.total, j.organisations_created, j.error, j.requested_by,
                   j.created_at, j.started_at, j.finished_at, j.repair, j.repaired_characters,
                   coalesce(sum(l.processed), 0) as processed, coalesce(sum(l.created), 0) as created,
                   coalesce(sum(l.updated), 0) as updated, coalesce(sum(l.unchanged), 0) as unchanged,
                   coalesce(sum(l.rejected), 0) as rejected, coalesce(sum(l.kept), 0) as kept
            from import_job j left join import_lane l on l.job_id = j.id
            """;

    Optional<ImportJob> find(long id) {
        return jdbc.query(JOB + " where j.id = ? group by j.id", (rs, i) -> job(rs), id).stream().findFirst();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.query(JOB + " where j.id in (select id from import_job order by id desc limit ?) group by j.id order by j.id desc",
                (rs, i) -> job(rs), limit);
    }

    /** Jobs that are waiting, or were running when their process stopped (their lock is free again). */
    List<Long> unfinished() {
        return jdbc.queryForList("select id from import_job where status in ('QUEUED', 'RUNNING') order by id", Long.class);
    }

    byte[] content(long id) {
        return jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.prepareStatement("select content from import_job where id = ?")) {
                // the file comes in binary: in text, bytea comes as hex, and the driver would hold twice the file's
                // size as hex beside the file itself (300 MB for a 100 MB file)
                statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
                statement.setLong(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
    }

    /**
     * Marks the job running. The first start fixes how many lanes (writers) it has; a resumed job keeps its own.
     * Returns each lane's last committed position in the file, indexed by lane.
     */
    int[] started(long id, int lanes) {
        jdbc.update("""
                update import_job set status = 'RUNNING', lanes = case when started_at is null then ? else lanes end,
                    started_at = coalesce(started_at, now()) where id = ?""", lanes, id);
        jdbc.update("""
                insert into import_lane (job_id, lane) select id, generate_series(0, lanes - 1) from import_job where id = ?
                on conflict do nothing""", id);
        List<Integer> positions = jdbc.queryForList("select last_position from import_lane where job_id = ? order by lane",
                Integer.class, id);
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    void organisationsCreated(long id, int count) {
        jdbc.update("update import_job set organisations_created = organisations_created + ? where id = ?", count, id);
    }

    /** With the rule's key and arguments, and its English text for rows stored before rules had keys. */
    List<ImportProblem> problems(long id, String kind, int limit) {
        return jdbc.query("""
                select position, iati_identifier, kind, element, rule_key,
                    array(select a from jsonb_array_elements_text(rule_arguments) with ordinality as x(a, n) order by n),
                    rule
                from import_rejection
                where job_id = ? and kind = ? order by position, id limit ?""",
                (rs, i) -> new ImportProblem((Integer) rs.getObject(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), List.of((String[]) rs.getArray(6).getArray()),
                        rs.getString(7)), id, kind, limit);
    }

    /** Jobs by id, in the order given; those that do not exist are left out. */
    List<ImportJob> find(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ImportJob> found = jdbc.query(JOB + " where j.id = any(?) group by j.id",
                (rs, i) -> job(rs), (Object) ids.toArray(Long[]::new));
        return ids.stream().flatMap(id -> found.stream().filter(j -> j.id() == id)).toList();
    }

    /**
     * A job's problems of one kind grouped by rule (its key; its stored words for rows from before keys), most
     * frequent first: how many, and the first {@code examples} of each with the id of the activity when Concord holds
     * one with that identifier.
     */
    List<ImportProblem.RuleGroup> groups(long id, String kind, int examples) {
        java.util.Map<String, ImportProblem.RuleGroup> groups = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select g, n, position, iati_identifier, kind, element, rule_key, args, rule,
                       (select a.id from activity a where a.iati_identifier = x.iati_identifier) as activity_id
                from (select coalesce(rule_key, rule) as g, count(*) over (partition by coalesce(rule_key, rule)) as n,
                             row_number() over (partition by coalesce(rule_key, rule) order by position, id) as r,
                             position, iati_identifier, kind, element, rule_key, rule,
                             array(select a from jsonb_array_elements_text(rule_arguments) with ordinality as y(a, o)
                                   order by o) as args
                      from import_rejection where job_id = ? and kind = ?) x
                where r <= ? order by n desc, g, position""", rs -> {
            ImportProblem example = new ImportProblem((Integer) rs.getObject("position"), rs.getString("iati_identifier"),
                    rs.getString("kind"), rs.getString("element"), rs.getString("rule_key"),
                    List.of((String[]) rs.getArray("args").getArray()), rs.getString("rule"));
            Long activity = (Long) rs.getObject("activity_id");
            groups.computeIfAbsent(rs.getString("g"), g -> {
                try {
                    return new ImportProblem.RuleGroup(example.ruleKey(), example, rs.getLong("n"), new java.util.ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).examples().add(new ImportProblem.Example(example, activity));
        }, id, kind, examples);
        return List.copyOf(groups.values());
    }

    void finished(long id, String status, String error) {
        jdbc.update("update import_job set status = ?, error = ?, finished_at = now() where id = ?", status, error, id);
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        return new ImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
                rs.getString("version"), (Integer) rs.getObject("total"), rs.getInt("processed"), rs.getInt("created"),
                rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"), rs.getInt("organisations_created"),
                rs.getString("error"), rs.getString("requested_by"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("repair"),
                rs.getInt("repaired_characters"), rs.getLong("kept"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
