package org.concord.projects.internal.country;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import org.concord.audit.EntityChanged;

/** A national SSR priority of one country: what its coordinators want external support to serve. */
@Entity
@Table(name = "country_priority")
class NationalPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String countryCode;
    private String title;
    private String description;
    private String reformArea;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected NationalPriority() {
    }

    NationalPriority(String countryCode, String title, String description, String reformArea, Instant now) {
        this.countryCode = countryCode;
        this.title = title;
        this.description = description;
        this.reformArea = reformArea;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(String title, String description, String reformArea, Instant now) {
        if (!title.equals(this.title) || !java.util.Objects.equals(description, this.description)
                || !reformArea.equals(this.reformArea)) {
            this.title = title;
            this.description = description;
            this.reformArea = reformArea;
            this.updatedAt = now;
        }
    }

    /** What the audit log keeps of it. */
    Map<String, Object> snapshot() {
        return EntityChanged.snapshot("country", countryCode, "title", title, "description", description,
                "reformArea", reformArea);
    }

    boolean isOf(String country) {
        return countryCode.equals(country);
    }

    Long id() {
        return id;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String reformArea() {
        return reformArea;
    }

    long version() {
        return version;
    }
}
