package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concord's requests run as a role that owns nothing and may do only what application_privilege grants it: it cannot
 * switch the audit log's triggers off, change or remove audit rows, empty a table or create one; the embedded server
 * asks every connection for its password.
 */
@SpringBootTest
class DatabaseRolesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @Test
    void requestsUseARoleThatIsNeitherSuperuserNorOwner() {
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedDatabase.APPLICATION_ROLE);
        assertThat(jdbc.queryForObject("select rolsuper or rolbypassrls or rolcreaterole or rolcreatedb from pg_roles "
                + "where rolname = current_user", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and pg_get_userbyid(c.relowner) = current_user""", Integer.class))
                .as("relations the application's role owns").isZero();
    }

    @Test
    void theApplicationCannotSwitchTriggersOffNorChangeRemoveOrEmptyTheAuditLog() {
        assertThatThrownBy(() -> jdbc.execute("alter table audit_entry disable trigger audit_entry_no_update"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_entry disable trigger all"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("update audit_entry set actor = 'mallory'"))
                .rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry"))
                .rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .rootCause().hasMessageContaining("permission denied for table audit_entry");
        assertThatThrownBy(() -> jdbc.execute("truncate organisation cascade"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("drop table country_priority"))
                .rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("create table mallory (id int)"))
                .rootCause().hasMessageContaining("permission denied for schema public");
        assertThatThrownBy(() -> jdbc.execute("alter role current_user bypassrls"))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void everyTableSaysWhatTheApplicationMayDoWithIt() {
        List<String> undeclared = jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'f') and not c.relispartition
                  and c.relname not in (select relation from application_privilege)
                order by 1""", String.class);
        assertThat(undeclared).as("tables without a line in application_privilege (add one in the migration that "
                + "creates them)").isEmpty();
        assertThat(jdbc.queryForObject("select access from application_privilege where relation = 'audit_entry'",
                String.class)).isEqualTo("append");
    }

    @Test
    void aPrivilegeGrantedByHandIsTakenBackAtTheNextStart() {
        JdbcTemplate owner = OwnerDatabase.jdbc(context);
        owner.execute("grant update, delete, truncate on audit_entry to " + EmbeddedDatabase.APPLICATION_ROLE);
        try {
            assertThat(jdbc.queryForObject("select has_table_privilege('audit_entry', 'UPDATE')", Boolean.class)).isTrue();

            migrate();

            assertThat(jdbc.queryForList("""
                    select privilege_type from information_schema.role_table_grants
                    where table_name = 'audit_entry' and grantee = current_user order by 1""", String.class))
                    .containsExactly("INSERT", "SELECT");
        } finally {
            owner.execute("revoke update, delete, truncate on audit_entry from " + EmbeddedDatabase.APPLICATION_ROLE);
        }
    }

    @Test
    void theEmbeddedServerRefusesAConnectionWithoutItsPassword() throws Exception {
        String url = environment.getProperty("spring.datasource.url");
        for (String role : List.of(EmbeddedDatabase.SUPERUSER, EmbeddedDatabase.APPLICATION_ROLE)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, null).close()).as(role + " without password")
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "postgres").close()).as(role + " wrong password")
                    .hasMessageContaining("password authentication failed");
        }
        DriverManager.getConnection(url, EmbeddedDatabase.APPLICATION_ROLE,
                environment.getProperty("spring.datasource.password")).close();

        Path passwords = Path.of(environment.getProperty(EmbeddedDatabaseEnvironment.DIRECTORY), EmbeddedPasswords.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
    }

    /** Flyway as Concord runs it at a start, with nothing left to migrate. */
    private void migrate() {
        Flyway.configure()
                .dataSource(environment.getProperty("spring.datasource.url"), environment.getProperty("spring.flyway.user"),
                        environment.getProperty("spring.flyway.password"))
                .locations("classpath:db/migration")
                .callbacks(new ApplicationPrivileges(environment))
                .load()
                .migrate();
    }
}
