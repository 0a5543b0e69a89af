package org.concord.projects.internal;

import org.concord.shared.cache.DataVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The number that moves whenever anything the activity list, the country pages or the map show changes, on any
 * instance: activities, their sectors, reform areas and their mappings, exchange rates, national priorities
 * (activity_list_version, V8 and V14).
 */
@Component
public class ActivityDataVersion {

    private final DataVersion version;

    public ActivityDataVersion(JdbcTemplate jdbc) {
        this.version = new DataVersion(jdbc, "activity_list_version", 1);
    }

    public DataVersion version() {
        return version;
    }
}
