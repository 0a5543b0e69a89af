package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * A database built by the previous release's migrations (the newest folder of src/test/resources/db/releases) and
 * holding data is migrated by the current ones: it ends with the schema of a database built afresh, its data kept.
 */
class UpgradeTest {

    @Test
    void theCurrentMigrationsUpgradeADatabaseOfThePreviousReleaseToTheFreshSchemaKeepingItsData() throws Exception {
        String release = previousRelease();
        String upgraded = MigratedDatabases.create("upgrade_from_previous_release");
        String fresh = MigratedDatabases.create("upgrade_fresh");
        try {
            MigratedDatabases.flyway(upgraded, "classpath:db/releases/" + release).migrate();
            Set<String> written;
            try (Connection connection = MigratedDatabases.connect(upgraded)) {
                List<String> before = SchemaCatalog.data(connection);
                writeData(connection);
                written = changedObjects(before, SchemaCatalog.data(connection));
            }
            // V14 carries the audit rows written into the chain it makes, and numbers the next row after them
            if (written.contains("audit_entry")) {
                written.addAll(Set.of("audit_chain", "audit_entry_id_seq"));
            }

            MigratedDatabases.flyway(upgraded, "classpath:db/migration",
                    new PreReleaseMigrationsCheck(new MockEnvironment())).migrate();
            MigratedDatabases.flyway(fresh, "classpath:db/migration").migrate();

            try (Connection up = MigratedDatabases.connect(upgraded); Connection clean = MigratedDatabases.connect(fresh)) {
                List<String> freshSchema = SchemaCatalog.schema(clean);
                List<String> upgradedSchema = SchemaCatalog.schema(up);
                assertThat(upgradedSchema).as("schema of release %s upgraded against a fresh one:%s", release,
                        SchemaCatalog.difference(freshSchema, upgradedSchema)).isEqualTo(freshSchema);

                // the reference data the release and the migrations since hold, but for the tables written above
                List<String> freshData = withoutObjects(SchemaCatalog.data(clean), written);
                List<String> upgradedData = withoutObjects(SchemaCatalog.data(up), written);
                assertThat(upgradedData).as("reference data of release %s upgraded against a fresh one:%s", release,
                        SchemaCatalog.difference(freshData, upgradedData)).isEqualTo(freshData);

                assertDataKept(up);
            }
        } finally {
            MigratedDatabases.drop("upgrade_from_previous_release");
            MigratedDatabases.drop("upgrade_fresh");
        }
    }

    /**
     * An organisation, an activity with a title and a transaction, an audit row, and an annual exchange rate an
     * administrator added and one corrected in the activity registry's old table, as the application wrote them.
     */
    private static void writeData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into organisation (slug, type, headquarters_country) values ('upgrade-watch', 'CIVIL_SOCIETY', 'GE');
                    insert into organisation_name (organisation_id, language, name)
                    select id, 'en', 'Upgrade Watch' from organisation where slug = 'upgrade-watch';
                    insert into activity (iati_identifier, title, content_hash, total_budget, budget_currency,
                                          reporting_organisation_id)
                    select 'XM-UPGRADE-1', 'Police oversight in Georgia', 'h1', 250000, 'EUR', id
                    from organisation where slug = 'upgrade-watch';
                    insert into activity_title (activity_id, seq, lang, text)
                    select id, 0, 'en', 'Police oversight in Georgia' from activity where iati_identifier = 'XM-UPGRADE-1';
                    insert into activity_transaction (activity_id, seq, type, transaction_date, amount, currency)
                    select id, 0, '3', date '2024-05-01', 1000, 'EUR' from activity where iati_identifier = 'XM-UPGRADE-1';
                    select audit_append(null, 'admin', 'created', 'organisation', 'upgrade-watch', '{}', 'test');
                    insert into exchange_rate (currency, year, usd_per_unit) values ('XDR', 2031, 1.377);
                    update exchange_rate set usd_per_unit = 1.0825, version = version + 1
                    where currency = 'EUR' and year = 2024;
                    """);
        }
    }

    private static void assertDataKept(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select base, rate, source, version from exchange_rate
                where kind = 'annual' and currency = 'USD' and (base, on_date) in (('XDR', date '2031-01-01'), ('EUR', date '2024-01-01'))
                order by base""")) {
            assertThat(rs.next()).as("the corrected annual rate, in the one exchange-rate table").isTrue();
            assertThat(rs.getString(1)).isEqualTo("EUR");
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("1.0825");
            assertThat(rs.getString(3)).isEqualTo("Concord (central-bank annual averages)");
            assertThat(rs.getLong(4)).isEqualTo(1);
            assertThat(rs.next()).as("the added annual rate").isTrue();
            assertThat(rs.getString(1)).isEqualTo("XDR");
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo("1.377");
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "select to_usd(1000, 'XDR', date '2030-05-01'), to_usd(1000, 'USD', null), "
                + "(select count(*) from exchange_rate where currency = 'USD' and base = 'USD')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBigDecimal(1)).as("the nearest year's rate, through the SQL rule").isEqualByComparingTo("1377.00");
            assertThat(rs.getBigDecimal(2)).as("the dollar needs no row").isEqualByComparingTo("1000");
            assertThat(rs.getInt(3)).isZero();
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("""
                select n.name, a.iati_identifier, t.text, x.amount, s.amount_usd, e.actor
                from organisation o
                join organisation_name n on n.organisation_id = o.id
                join activity a on a.reporting_organisation_id = o.id
                join activity_title t on t.activity_id = a.id
                join activity_transaction x on x.activity_id = a.id
                join activity_spending s on s.activity_id = a.id
                join audit_entry e on e.entity_id = o.slug
                where o.slug = 'upgrade-watch'""")) {
            assertThat(rs.next()).as("the data written before the upgrade").isTrue();
            assertThat(rs.getString(1)).isEqualTo("Upgrade Watch");
            assertThat(rs.getString(2)).isEqualTo("XM-UPGRADE-1");
            assertThat(rs.getString(3)).isEqualTo("Police oversight in Georgia");
            assertThat(rs.getBigDecimal(4)).isEqualByComparingTo("1000");
            assertThat(rs.getBigDecimal(5)).as("spending in US dollars, through the views").isNotNull();
            assertThat(rs.getString(6)).isEqualTo("admin");
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "select c.position = e.id and c.hash = e.hash and c.previous_hash = e.previous_hash "
                + "from audit_entry e join audit_chain c on c.entry_id = e.id where e.entity_id = 'upgrade-watch'")) {
            assertThat(rs.next()).as("the audit row written before the upgrade, in the chain with its link").isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
        }
    }

    /** The tables and sequences whose data line differs between two data dumps. */
    private static Set<String> changedObjects(List<String> before, List<String> after) {
        Set<String> changed = new HashSet<>();
        for (String line : after) {
            if (!before.contains(line)) {
                changed.add(line.split(" \\| ")[1]);
            }
        }
        return changed;
    }

    private static List<String> withoutObjects(List<String> data, Set<String> objects) {
        return data.stream().filter(line -> !objects.contains(line.split(" \\| ")[1])).toList();
    }

    /** The newest folder of db/releases: each release adds its own (see the README there). */
    static String previousRelease() throws IOException {
        try (Stream<Path> releases = Files.list(MigrationsFrozenTest.RELEASES)) {
            return releases.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .max(Comparator.comparing(UpgradeTest::versionKey)).orElseThrow();
        }
    }

    private static String versionKey(String release) {
        StringBuilder key = new StringBuilder();
        for (String part : release.split("\\.")) {
            key.append(String.format("%08d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
