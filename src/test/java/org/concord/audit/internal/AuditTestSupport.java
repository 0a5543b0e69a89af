package org.concord.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** What audit tests need beside the application: linking on demand, and appending on a connection of their own. */
final class AuditTestSupport {

    private AuditTestSupport() {
    }

    /**
     * Links every row committed so far and signs a checkpoint over the end. A row waits until every transaction that
     * began writing before its own has finished (another test context's job may be in the middle of one), so this asks
     * again until none committed is left unlinked.
     */
    static void linkEverythingCommitted(JdbcTemplate jdbc, AuditChainer chainer) throws InterruptedException {
        long newest = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            chainer.linkNow(true);
            long unlinked = jdbc.queryForObject("""
                    select count(*) from audit_entry e
                    where e.id <= ? and not exists (select 1 from audit_chain c where c.entry_id = e.id)""", Long.class, newest);
            if (unlinked == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(unlinked + " committed audit rows still unlinked");
            }
            Thread.sleep(20); // waiting for another transaction to finish, not timing anything
        }
    }

    /** Appends a row as the importer does, in the connection's open transaction; returns its id. */
    static long append(Connection connection, String actor) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select audit_append(null, ?, 'tested', 'writer-test', ?, '{}', 'test')")) {
            s.setString(1, actor);
            s.setString(2, actor);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
