package org.concord.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops Flyway, before it validates or migrates anything, on a database built by the migrations Concord had before
 * its first release (V1..V13 with V10_1..V10_5), which were consolidated into release 0.1's set: Flyway would refuse
 * such a database with checksum mismatches that do not say what to do. Such a database can only be a developer's,
 * so the message says to start it afresh; nothing is changed or dropped here.
 */
@Component
public class PreReleaseMigrationsCheck implements Callback {

    private static final Logger log = LoggerFactory.getLogger(PreReleaseMigrationsCheck.class);

    /** Scripts of the pre-release history that release 0.1 does not have (V1 to V4 kept their names). */
    static final List<String> PRE_RELEASE_SCRIPTS = List.of(
            "V5__organisations_reference.sql", "V6__projects.sql", "V7__projects_reference_data.sql",
            "V8__projects_overlaps.sql", "V9__projects_funding_links.sql", "V10__audit_append_function.sql",
            "V10_1__projects_write_functions.sql", "V10_2__projects_overlap_candidate_keys_not_enforced.sql",
            "V10_3__projects_overlap_default_threshold.sql", "V10_4__projects_activity_rows_not_enforced.sql",
            "V10_5__projects_activity_list_facts.sql", "V11__projects_reference_editing.sql",
            "V12__projects_shares_per_activity.sql", "V13__projects_transaction_activity_indexes_partial.sql");

    private final Environment environment;

    public PreReleaseMigrationsCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE || event == Event.BEFORE_INFO;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String history = historyTable(context);
        try (PreparedStatement exists = context.getConnection().prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, history);
            if (!single(exists) || !preReleaseRows(context.getConnection(), history)) {
                return;
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not read Flyway's schema history " + history + ": " + e.getMessage(), e);
        }
        String message = message();
        log.error("\n\n{}\n", message);
        throw new FlywayException(message);
    }

    @Override
    public String getCallbackName() {
        return "Concord pre-release migrations check";
    }

    String message() {
        boolean embedded = environment.getProperty("concord.database.embedded", Boolean.class, false);
        String remedy = embedded
                ? "Stop Concord, delete the embedded database's data directory ("
                        + environment.getProperty(EmbeddedDatabaseEnvironment.DIRECTORY, "data/postgres")
                        + ") and start Concord again: it builds the database afresh."
                : "Drop this database and create it again empty (or point spring.datasource.url at an empty one), "
                        + "then start Concord: it builds the schema afresh.";
        return "This database was built by the migrations Concord had before its first release (V1 to V13 with "
                + "V10_1 to V10_5). They were consolidated into one set per module for release 0.1, so Flyway cannot "
                + "upgrade this database. It can only hold development data. " + remedy
                + " Nothing has been changed. (See \"Database migrations\" in the README.)";
    }

    private static boolean preReleaseRows(Connection connection, String history) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select exists (select 1 from " + history + " where script = any (?))")) {
            query.setArray(1, connection.createArrayOf("text", PRE_RELEASE_SCRIPTS.toArray()));
            return single(query);
        }
    }

    private static boolean single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String historyTable(Context context) {
        String table = quote(context.getConfiguration().getTable());
        String schema = context.getConfiguration().getDefaultSchema();
        if (schema == null && context.getConfiguration().getSchemas().length > 0) {
            schema = context.getConfiguration().getSchemas()[0];
        }
        return schema == null ? table : quote(schema) + "." + table;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
