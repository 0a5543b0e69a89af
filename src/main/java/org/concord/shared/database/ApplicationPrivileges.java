package org.concord.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * After Flyway has migrated (at every start), gives the role Concord's requests use ({@code spring.datasource.username})
 * exactly the privileges the table {@code application_privilege} declares for each table, and what views, materialized
 * views, sequences and functions need; takes away anything more (TRUNCATE, TRIGGER, UPDATE on the audit log...).
 * Done by the owner (Flyway's role, {@code spring.flyway.user}), in one transaction that instances starting together
 * take in turn. When requests use the owner itself (one role for both), there is nothing to grant, and the log says that
 * Concord then runs with more rights than it needs.
 */
@Component
class ApplicationPrivileges implements Callback {

    private static final Logger log = LoggerFactory.getLogger(ApplicationPrivileges.class);
    private static final long LOCK = 18981343344947813L;

    private final Environment environment;

    ApplicationPrivileges(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public String getCallbackName() {
        return "Concord application privileges";
    }

    @Override
    public void handle(Event event, Context context) {
        String application = environment.getProperty("spring.datasource.username");
        Connection connection = context.getConnection();
        try {
            String owner = single(connection, "select current_user");
            if (!StringUtils.hasText(application) || application.equals(owner)) {
                log.warn("Concord's requests use the role that owns its tables ({}): a fault in Concord could change "
                        + "or remove any table, the audit log included. Give spring.flyway.user the owner and "
                        + "spring.datasource.username a role of its own (see \"Database roles\" in the README).", owner);
                return;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                grant(connection, application, schema(context, connection));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not grant the application's role " + application + " its privileges: "
                    + e.getMessage(), e);
        }
    }

    private static void grant(Connection connection, String role, String schema) throws SQLException {
        try (PreparedStatement attributes = connection.prepareStatement(
                "select rolsuper or rolbypassrls from pg_roles where rolname = ?")) {
            attributes.setString(1, role);
            try (ResultSet rs = attributes.executeQuery()) {
                if (!rs.next()) {
                    throw new FlywayException("The role " + role + " (spring.datasource.username) does not exist. "
                            + "Create it as the README's \"Database roles\" says, then start Concord again.");
                }
                if (rs.getBoolean(1)) {
                    log.warn("The role {} that Concord's requests use is a superuser or bypasses row security: it "
                            + "can switch the audit log's triggers off. Make it NOSUPERUSER NOBYPASSRLS.", role);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
        }
        String grantee = quote(role);
        String schemaName = quote(schema);
        List<String> undeclared = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        try (PreparedStatement relations = connection.prepareStatement("""
                select c.relname, c.relkind, p.access,
                       coalesce((select string_agg(x.privilege_type, ',' order by x.privilege_type)
                                 from aclexplode(c.relacl) x where x.grantee = r.oid), '')
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_roles r on r.rolname = ?
                left join application_privilege p on p.relation = c.relname
                where n.nspname = ? and c.relkind in ('r', 'p', 'f', 'v', 'm', 'S') and not c.relispartition
                order by c.relname""")) {
            relations.setString(1, role);
            relations.setString(2, schema);
            try (ResultSet rs = relations.executeQuery(); Statement statement = connection.createStatement()) {
                List<String> sql = new ArrayList<>();
                while (rs.next()) {
                    String name = rs.getString(1);
                    Set<String> wanted = wanted(rs.getString(2), rs.getString(3));
                    if (wanted == null) {
                        undeclared.add(name);
                        wanted = Set.of();
                    }
                    if (!String.join(",", new TreeSet<>(wanted)).equals(rs.getString(4))) {
                        String object = (rs.getString(2).equals("S") ? "sequence " : "table ") + schemaName + "."
                                + quote(name);
                        sql.add("revoke all on " + object + " from " + grantee);
                        if (!wanted.isEmpty()) {
                            sql.add("grant " + String.join(", ", wanted) + " on " + object + " to " + grantee);
                        }
                        changed.add(name);
                    }
                }
                for (String s : sql) {
                    statement.execute(s);
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ declare f regprocedure; begin
                        for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = %s and p.prokind in ('f', 'p')
                                   and not has_function_privilege(%s, p.oid, 'EXECUTE')
                        loop execute format('grant execute on routine %%s to %%I', f, %s); end loop;
                        if not has_schema_privilege(%s, %s, 'USAGE') then
                            execute format('grant usage on schema %%I to %%I', %s, %s);
                        end if;
                    end $$""".formatted(literal(schema), literal(role), literal(role), literal(role), literal(schema),
                    literal(schema), literal(role)));
        }
        if (!changed.isEmpty()) {
            log.info("Granted the application's role {} its privileges on {}", role, changed);
        }
        if (!undeclared.isEmpty()) {
            log.warn("The application's role {} gets no privileges on {}: no migration declared them in "
                    + "application_privilege", role, undeclared);
        }
    }

    /** The privileges of a relation of kind {@code kind} declared {@code access}; null when a table is undeclared. */
    static Set<String> wanted(String kind, String access) {
        return switch (kind) {
            case "v" -> Set.of("SELECT");
            case "m" -> Set.of("SELECT", "MAINTAIN");
            case "S" -> Set.of("SELECT", "USAGE");
            default -> access == null ? null : switch (access) {
                case "read" -> Set.of("SELECT");
                case "append" -> Set.of("INSERT", "SELECT");
                case "write" -> Set.of("DELETE", "INSERT", "SELECT", "UPDATE");
                default -> throw new FlywayException("Unknown access " + access + " in application_privilege");
            };
        };
    }

    private static String schema(Context context, Connection connection) throws SQLException {
        String schema = context.getConfiguration().getDefaultSchema();
        if (schema == null && context.getConfiguration().getSchemas().length > 0) {
            schema = context.getConfiguration().getSchemas()[0];
        }
        return schema != null ? schema : single(connection, "select current_schema()");
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
