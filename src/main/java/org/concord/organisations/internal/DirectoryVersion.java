package org.concord.organisations.internal;

import org.concord.shared.cache.DataVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The number that moves whenever the directory changes, on any instance (organisation_directory_version, V14). */
@Component
class DirectoryVersion {

    private final DataVersion version;

    DirectoryVersion(JdbcTemplate jdbc) {
        this.version = new DataVersion(jdbc, "organisation_directory_version", 2);
    }

    DataVersion version() {
        return version;
    }
}
