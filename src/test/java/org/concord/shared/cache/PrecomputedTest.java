package org.concord.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A value is computed once per data version, again after any write, and never kept while a write is in flight (the
 * sequence has moved but the write is not visible yet: what is computed then would be kept as current).
 */
@SpringBootTest
class PrecomputedTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final AtomicInteger computed = new AtomicInteger();

    private Precomputed<String, Integer> precomputed() {
        return Precomputed.of(10, new DataVersion(jdbc, "organisation_directory_version", 2));
    }

    @Test
    void aValueIsComputedOncePerVersionAndAgainAfterAWrite() {
        Precomputed<String, Integer> values = precomputed();
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(1);
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(1);
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(1);

        jdbc.update("update organisation set slug = slug where false");

        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(2);
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void nothingIsKeptWhileAWriteIsInFlight() throws Exception {
        Precomputed<String, Integer> values = precomputed();
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(1);
        try (Connection writer = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            writer.createStatement().execute("update organisation set slug = slug where false");
            // the version has moved, the write is not visible yet: each reader computes its own
            assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(2);
            assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(3);
            writer.commit();
        }
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(4);
        assertThat(values.get("directory", computed::incrementAndGet)).isEqualTo(4);
    }

    @Test
    void theLeastRecentlyUsedAreLetGoBeyondTheCapacity() {
        Precomputed<Integer, Integer> values = Precomputed.of(2, new DataVersion(jdbc, "organisation_directory_version", 2));
        for (int key = 0; key < 5; key++) {
            int k = key;
            values.get(k, () -> k);
        }
        assertThat(values.size()).isEqualTo(2);
    }
}
