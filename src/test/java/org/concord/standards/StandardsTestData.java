package org.concord.standards;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows the scorecard and import tests start from, written straight to the tables. */
public final class StandardsTestData {

    private StandardsTestData() {
    }

    public static long organisation(JdbcTemplate jdbc, String name) {
        long id = jdbc.queryForObject("insert into organisation (slug, type) values (?, 'SECURITY_INSTITUTION') returning id",
                Long.class, "t-" + UUID.randomUUID());
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, name);
        return id;
    }
}
