package org.concord.projects.internal.activities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.organisations.Organisations;
import org.concord.projects.internal.ActivityPermissions;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.shared.web.Amounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An activity as its page reads it, a report rather than the file's raw data: dates in the order of the work
 * (planned then actual start, planned then actual end), each document once with its title and format, related
 * activities as links to those Concord holds, organisations named (from the file, else from the directory) where
 * a transaction gives only an identifier, places by name with their coordinates in degrees, and the description in
 * the interface language when the file has it.
 */
@Component
class ActivityReport {

    private final NamedParameterJdbcTemplate jdbc;
    private final Organisations organisations;
    private final ActivityPermissions permissions;
    private final Amounts amounts;

    ActivityReport(NamedParameterJdbcTemplate jdbc, Organisations organisations, ActivityPermissions permissions,
                   Amounts amounts) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.permissions = permissions;
        this.amounts = amounts;
    }

    /** A document link: its title (else its address), a short name of its format ("PDF"), its address. */
    record Document(String url, String title, String format) {
        /** Whether the address is a web address a page may link to (not javascript: or data:). */
        public boolean linkable() {
            String u = url.toLowerCase(Locale.ROOT);
            return u.startsWith("https://") || u.startsWith("http://");
        }
    }

    /** A related activity: how it relates, its identifier, and its page and title when Concord holds it. */
    record Related(String type, String ref, Long id, String title) {
    }

    /** A place: its name (else its reference), its coordinates in degrees, a map link when it has coordinates. */
    record Place(String name, String coordinates, String mapUrl) {
    }

    record Report(List<IatiActivity.ActivityDate> dates, List<Document> documents, List<Related> related,
                  Map<String, String> organisationNames, List<Place> places,
                  List<IatiActivity.Description> descriptions) {

        /** A transaction party's name: as the transaction gives it, else as the file or the directory names it. */
        public String name(IatiActivity.Party party) {
            if (party == null) {
                return null;
            }
            if (party.name() != null && !party.name().isBlank()) {
                return party.name();
            }
            return party.ref() == null ? null : organisationNames.getOrDefault(party.ref().toUpperCase(Locale.ROOT), party.ref());
        }
    }

    Report of(IatiActivity a, Locale locale) {
        return new Report(dates(a), documents(a), related(a, locale), organisationNames(a, locale), places(a, locale),
                descriptions(a, locale.getLanguage()));
    }

    static List<IatiActivity.ActivityDate> dates(IatiActivity a) {
        // IATI's date types count in the order of the work: 1 planned start, 2 actual start, 3 planned end, 4 actual end
        return a.dates().stream().sorted(Comparator.comparing(IatiActivity.ActivityDate::type,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(IatiActivity.ActivityDate::date,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    static List<Document> documents(IatiActivity a) {
        Map<String, Document> byUrl = new LinkedHashMap<>();
        for (IatiActivity.DocumentLink d : a.documents()) {
            if (d.url() == null || d.url().isBlank()) {
                continue;
            }
            String title = d.title() != null && !d.title().isBlank() ? d.title() : null;
            Document seen = byUrl.get(d.url().strip());
            if (seen == null || (seen.title() == null && title != null)) {
                byUrl.put(d.url().strip(), new Document(d.url().strip(), title, format(d.format(), d.url())));
            }
        }
        return List.copyOf(byUrl.values());
    }

    /** "PDF" for application/pdf, "Word" for a Word document, "HTML" for a web page; else the file name's ending. */
    static String format(String mimeType, String url) {
        String m = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT).strip();
        if (m.contains("pdf")) {
            return "PDF";
        }
        if (m.contains("wordprocessingml") || m.contains("msword")) {
            return "Word";
        }
        if (m.contains("spreadsheetml") || m.contains("ms-excel")) {
            return "Excel";
        }
        if (m.contains("presentationml") || m.contains("powerpoint")) {
            return "PowerPoint";
        }
        if (m.equals("text/html")) {
            return "HTML";
        }
        if (m.startsWith("image/")) {
            return m.substring(6).toUpperCase(Locale.ROOT);
        }
        if (!m.isEmpty()) {
            String sub = m.substring(m.indexOf('/') + 1);
            return sub.length() <= 8 ? sub.toUpperCase(Locale.ROOT) : null;
        }
        return null;
    }

    private List<Related> related(IatiActivity a, Locale locale) {
        if (a.relatedActivities().isEmpty()) {
            return List.of();
        }
        List<String> refs = a.relatedActivities().stream().map(IatiActivity.RelatedActivity::ref)
                .filter(r -> r != null && !r.isBlank()).map(String::strip).distinct().toList();
        Map<String, Object[]> found = new HashMap<>();
        org.concord.projects.internal.DraftVisibility visibility = permissions.draftVisibility();
        if (!refs.isEmpty()) {
            jdbc.query("""
                    select a.id, a.iati_identifier,
                           coalesce((select t.text from activity_title t where t.activity_id = a.id
                                     and lower(t.lang) = :lang order by t.seq limit 1), a.title) as title
                    from activity a where a.iati_identifier in (:refs) and\s""" + visibility.condition("a"),
                    new MapSqlParameterSource(visibility.parameters()).addValue("refs", refs).addValue("lang", locale.getLanguage()),
                    rs -> {
                        found.put(rs.getString("iati_identifier"), new Object[] {rs.getLong("id"), rs.getString("title")});
                    });
        }
        List<Related> related = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (IatiActivity.RelatedActivity r : a.relatedActivities()) {
            if (r.ref() == null || r.ref().isBlank() || !seen.add(r.type() + " " + r.ref().strip())) {
                continue;
            }
            Object[] f = found.get(r.ref().strip());
            related.add(new Related(r.type(), r.ref().strip(), f == null ? null : (Long) f[0], f == null ? null : (String) f[1]));
        }
        return related;
    }

    private Map<String, String> organisationNames(IatiActivity a, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (IatiActivity.Participant p : a.participants()) {
            if (p.ref() != null && p.name() != null && p.name().text() != null) {
                names.putIfAbsent(p.ref().strip().toUpperCase(Locale.ROOT), p.name().text());
            }
        }
        if (a.reportingOrg() != null && a.reportingOrg().ref() != null && a.reportingOrg().name() != null) {
            names.putIfAbsent(a.reportingOrg().ref().strip().toUpperCase(Locale.ROOT), a.reportingOrg().name());
        }
        boolean unnamed = a.transactions().stream().flatMap(t -> java.util.stream.Stream.of(t.provider(), t.receiver()))
                .anyMatch(p -> p != null && (p.name() == null || p.name().isBlank()) && p.ref() != null
                        && !names.containsKey(p.ref().strip().toUpperCase(Locale.ROOT)));
        if (unnamed) {
            Map<Long, String> directory = organisations.names(locale);
            organisations.idsByIatiIdentifier().forEach((ref, id) -> {
                if (directory.containsKey(id)) {
                    names.putIfAbsent(ref.toUpperCase(Locale.ROOT), directory.get(id));
                }
            });
        }
        return names;
    }

    private List<Place> places(IatiActivity a, Locale locale) {
        List<Place> places = new ArrayList<>();
        for (IatiActivity.Location l : a.locations()) {
            String name = l.name() != null && !l.name().isBlank() ? l.name() : l.ref();
            String coordinates = null;
            String map = null;
            if (l.latitude() != null && l.longitude() != null) {
                coordinates = degrees(l.latitude(), "N", "S", locale) + ", " + degrees(l.longitude(), "E", "W", locale);
                map = "https://www.openstreetmap.org/?mlat=" + l.latitude().toPlainString() + "&mlon="
                        + l.longitude().toPlainString() + "#map=10/" + l.latitude().toPlainString() + "/"
                        + l.longitude().toPlainString();
            }
            places.add(new Place(name, coordinates, map));
        }
        return places;
    }

    private String degrees(BigDecimal value, String positive, String negative, Locale locale) {
        return amounts.number(value.abs().setScale(Math.min(value.scale(), 2), RoundingMode.HALF_EVEN), locale)
                + "°\u00a0" + (value.signum() < 0 ? negative : positive);
    }

    /** The descriptions in the interface language when the file has some, else those in its default language. */
    static List<IatiActivity.Description> descriptions(IatiActivity a, String language) {
        List<IatiActivity.Description> inLanguage = a.descriptions().stream()
                .filter(d -> d.text() != null && language.equalsIgnoreCase(d.text().lang())).toList();
        if (!inLanguage.isEmpty()) {
            return inLanguage;
        }
        List<IatiActivity.Description> inDefault = a.descriptions().stream()
                .filter(d -> d.text() != null && (d.text().lang() == null
                        || d.text().lang().equalsIgnoreCase(a.defaultLanguage()))).toList();
        return inDefault.isEmpty() ? a.descriptions() : inDefault;
    }
}
