package org.concord.projects.internal.overlap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activities written straight into the projects tables, as the importer would leave them. Each set gets
 * its own identifier prefix, so that tests sharing the database can remove exactly what they made.
 */
final class ActivityFixtures {

    record Party(String role, String ref, String name) {
        static Party beneficiary(String ref, String name) {
            return new Party("2", ref, name);
        }

        static Party implementer(String ref, String name) {
            return new Party("4", ref, name);
        }

        static Party funder(String ref, String name) {
            return new Party("1", ref, name);
        }
    }

    static final class Builder {
        private final ActivityFixtures fixtures;
        private final String title;
        private String description;
        private LocalDate start;
        private LocalDate end;
        private final List<String> countries = new ArrayList<>();
        private final List<String> areas = new ArrayList<>();
        private final List<Party> parties = new ArrayList<>();

        private Builder(ActivityFixtures fixtures, String title) {
            this.fixtures = fixtures;
            this.title = title;
        }

        Builder description(String text) {
            description = text;
            return this;
        }

        Builder period(String from, String to) {
            start = from == null ? null : LocalDate.parse(from);
            end = to == null ? null : LocalDate.parse(to);
            return this;
        }

        Builder countries(String... codes) {
            countries.addAll(List.of(codes));
            return this;
        }

        Builder areas(String... codes) {
            areas.addAll(List.of(codes));
            return this;
        }

        Builder party(Party party) {
            parties.add(party);
            return this;
        }

        long create() {
            return fixtures.insert(this);
        }
    }

    private final JdbcTemplate jdbc;
    private final String prefix = "TEST-OVL-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private int next;

    ActivityFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Builder activity(String title) {
        return new Builder(this, title);
    }

    private long insert(Builder b) {
        String identifier = prefix + (++next);
        long id = jdbc.queryForObject("""
                insert into activity (iati_identifier, title, start_date, end_date, content_hash, default_language)
                values (?, ?, ?, ?, ?, 'en') returning id""", Long.class,
                identifier, b.title, b.start, b.end, "0".repeat(64));
        jdbc.update("insert into activity_title (activity_id, seq, lang, text) values (?, 1, 'en', ?)", id, b.title);
        if (b.description != null) {
            jdbc.update("insert into activity_description (activity_id, seq, type, lang, text) values (?, 1, '1', 'en', ?)",
                    id, b.description);
        }
        for (int i = 0; i < b.countries.size(); i++) {
            jdbc.update("insert into activity_country (activity_id, seq, code, percentage) values (?, ?, ?, null)",
                    id, i + 1, b.countries.get(i));
        }
        for (int i = 0; i < b.areas.size(); i++) {
            jdbc.update("""
                    insert into activity_sector (activity_id, seq, vocabulary, code, reform_area)
                    values (?, ?, '1', '15130', ?)""", id, i + 1, b.areas.get(i));
        }
        for (int i = 0; i < b.parties.size(); i++) {
            Party p = b.parties.get(i);
            jdbc.update("insert into activity_participant (activity_id, seq, role, ref, name) values (?, ?, ?, ?, ?)",
                    id, i + 1, p.role(), p.ref(), p.name());
        }
        return id;
    }

    String prefix() {
        return prefix;
    }

    void removeAll() {
        jdbc.update("delete from activity where iati_identifier like ?", prefix + "%");
    }
}
