package org.concord.projects.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The import_job and import_rejection tables. */
@Repository
class ImportJobs {

    private final JdbcTemplate jdbc;

    ImportJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String fileName, byte[] content, String version, int total, String requestedBy) {
        return jdbc.queryForObject("""
                insert into import_job (file_name, content, status, version, total, requested_by)
                values (?, ?, 'QUEUED', ?, ?, ?) returning id""", Long.class, fileName, content, version, total, requestedBy);
    }

    Optional<ImportJob> find(long id) {
        return jdbc.query("select * from import_job where id = ?", (rs, i) -> job(rs), id).stream().findFirst();
    }

    List<ImportJob> recent(int limit) {
        return jdbc.query("select * from import_job order by id desc limit ?", (rs, i) -> job(rs), limit);
    }

    /** Jobs that are waiting, or were running when their process stopped (their lock is free again). */
    List<Long> unfinished() {
        return jdbc.queryForList("select id from import_job where status in ('QUEUED', 'RUNNING') order by id", Long.class);
    }

    byte[] content(long id) {
        return jdbc.queryForObject("select content from import_job where id = ?", byte[].class, id);
    }

    void started(long id) {
        jdbc.update("update import_job set status = 'RUNNING', started_at = coalesce(started_at, now()) where id = ?", id);
    }

    List<ImportProblem> problems(long id, String kind, int limit) {
        return jdbc.query("""
                select position, iati_identifier, kind, element, rule from import_rejection
                where job_id = ? and kind = ? order by seq limit ?""",
                (rs, i) -> new ImportProblem((Integer) rs.getObject(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), id, kind, limit);
    }

    void finished(long id, String status, String error) {
        jdbc.update("update import_job set status = ?, error = ?, finished_at = now() where id = ?", status, error, id);
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        return new ImportJob(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
                rs.getString("version"), (Integer) rs.getObject("total"), rs.getInt("processed"), rs.getInt("created"),
                rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"), rs.getInt("organisations_created"),
                rs.getString("error"), rs.getString("requested_by"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
