package org.concord.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before the first release the migrations V1..V13 (with V10_1..V10_5), several redefining views and functions of
 * earlier ones, were consolidated into one set per module: release 0.1. The pre-consolidation set is kept in
 * src/test/resources/db/pre-release only for this test, which builds a database with each and holds them to the same
 * schema and the same seed rows.
 */
class ConsolidationTest {

    @Test
    void releaseZeroPointOneBuildsTheSchemaAndSeedRowsThePreReleaseMigrationsBuilt() throws Exception {
        String before = MigratedDatabases.create("consolidation_pre_release");
        String after = MigratedDatabases.create("consolidation_release_0_1");
        try {
            MigratedDatabases.flyway(before, "classpath:db/pre-release").migrate();
            MigratedDatabases.flyway(after, "classpath:db/releases/0.1").migrate();
            try (Connection old = MigratedDatabases.connect(before); Connection consolidated = MigratedDatabases.connect(after)) {
                List<String> oldSchema = SchemaCatalog.schema(old);
                List<String> newSchema = SchemaCatalog.schema(consolidated);
                List<String> oldData = SchemaCatalog.data(old);
                List<String> newData = SchemaCatalog.data(consolidated);
                System.out.println("Consolidation: schema " + SchemaCatalog.counts(oldSchema) + ", data "
                        + SchemaCatalog.counts(oldData));
                assertThat(newSchema).as("schema of release 0.1 against the pre-release migrations:%s",
                        SchemaCatalog.difference(oldSchema, newSchema)).isEqualTo(oldSchema);
                assertThat(newData).as("seed rows of release 0.1 against the pre-release migrations:%s",
                        SchemaCatalog.difference(oldData, newData)).isEqualTo(oldData);
            }
        } finally {
            MigratedDatabases.drop("consolidation_pre_release");
            MigratedDatabases.drop("consolidation_release_0_1");
        }
    }
}
