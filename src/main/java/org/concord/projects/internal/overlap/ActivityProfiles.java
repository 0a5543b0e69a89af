package org.concord.projects.internal.overlap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.concord.projects.internal.iati.OrganisationRole;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What overlap detection needs of each activity, in compact arrays indexed 0..size-1: the period as epoch
 * days, its countries and shareable "links" (reform areas, beneficiary and implementer keys) as sorted
 * numbers from dictionaries, and a MinHash signature of its titles and descriptions. About 400 bytes an
 * activity, so 100,000 activities fit in some 40 MB.
 *
 * <p>Only activities with a country and a whole period (start and end, start not after end) are loaded:
 * an activity without dates cannot be said to run at the same time as another, and comparing undated
 * activities with everything in their country would propose pairs on the strength of one shared ministry.
 */
final class ActivityProfiles {

    static final byte AREA = 1;
    static final byte BENEFICIARY = 2;
    static final byte IMPLEMENTER = 4;

    /** Descriptions past this length add little to the signature but cost reading and hashing. */
    static final int TEXT_LIMIT = 4000;

    /*
     * The keys under which a participating organisation counts as the same in two activities: its match in
     * the directory, its IATI identifier, or its name, with case, surrounding spaces and runs of spaces ignored
     * (see key()). The plain SQL comparison (NaiveCandidatePairs, in the tests) computes the same keys in
     * SQL; the detector computes them here, where it costs a tenth of what it costs in the database.
     */
    private static final String SPACES = "E' \\t\\n\\r\\f\\v'";

    /** A lateral join giving each participant's keys as rows {@code alias(key)}, for SQL that compares them. */
    static String partyKeys(String participant, String alias) {
        String normalised = "lower(nullif(regexp_replace(btrim(%1$s.%2$s, " + SPACES + "), '[ \\t\\n\\r\\f\\v]+', ' ', 'g'), ''))";
        return "cross join lateral (values ('o:' || %1$s.organisation_id::text), ('r:' || %2$s), ('n:' || %3$s)) %4$s(key)"
                .formatted(participant, normalised.formatted(participant, "ref"), normalised.formatted(participant, "name"),
                        alias);
    }

    /** As {@link #partyKeys}: without surrounding white space, runs of it as one space, in lower case. */
    static String key(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.length() == 0 ? null : key.toString().toLowerCase(Locale.ROOT);
    }

    /** A period Concord can compare: both ends known and in order. */
    static String comparable(String activity) {
        return "%1$s.start_date is not null and %1$s.end_date is not null and %1$s.start_date <= %1$s.end_date"
                .formatted(activity);
    }

    /*
     * One row per activity and per country, area, beneficiary or implementer, title and description, in no
     * particular order: plain scans, without sorting or aggregating per activity in the database (which
     * costs more than the whole comparison); the rows are gathered per activity as they arrive.
     */
    private static final String QUERY = """
            select a.id, 0, a.start_date::text, a.end_date::text, a.title, null
            from activity a %1$s
            union all
            select c.activity_id, 1, null, null, c.code, null
            from activity_country c %2$s
            union all
            select s.activity_id, 2, null, null, s.reform_area, null
            from activity_sector s where s.reform_area is not null %3$s
            union all
            select p.activity_id, 3, p.role, p.organisation_id::text,
                   case when p.ref ~ '^[A-Za-z]{2}-[A-Za-z0-9]' then p.ref end, p.name
            from activity_participant p where p.role in ('2', '4') %4$s
            union all
            select t.activity_id, 4, null, null, t.text, null
            from activity_title t %5$s
            union all
            select d.activity_id, 4, null, null,
                   case when octet_length(d.text) > %6$d then left(d.text, %6$d) else d.text end, null
            from activity_description d %7$s
            """;
    private static final int COLUMNS = 6;

    private static String query(Collection<Long> scope) {
        String where = scope != null ? "where %s in (select activity_id from scope)" : "";
        String and = scope != null ? "and %s in (select activity_id from scope)" : "";
        String union = QUERY.formatted(where.formatted("a.id"), where.formatted("c.activity_id"),
                and.formatted("s.activity_id"), and.formatted("p.activity_id"), where.formatted("t.activity_id"),
                TEXT_LIMIT, where.formatted("d.activity_id"));
        if (scope == null) {
            return union;
        }
        // the changed activities' possible partners: every activity in one of their countries (COPY takes no
        // parameters; the ids are numbers)
        return """
                with scope as materialized (
                    select distinct ac.activity_id from activity_country ac
                    where ac.code in (select c.code from activity_country c where c.activity_id = any('{%s}'::bigint[])))
                """.formatted(scope.stream().map(String::valueOf).collect(Collectors.joining(","))) + union;
    }

    int size;
    long[] ids;
    int[] starts;
    int[] ends;
    int[][] countries;
    int[][] links;
    int[][] sketches;

    final List<String> countryCodes = new ArrayList<>();
    /** Per link: its kind, and what a reader is shown (reform-area code or organisation name). */
    byte[] linkKinds = new byte[1024];
    final List<String> linkDetails = new ArrayList<>();
    private final Map<String, Integer> linkIndex = new HashMap<>();

    /** An activity as its rows arrive. */
    private static final class Rows {
        boolean seen;
        boolean comparable;
        boolean titled;
        String title;
        int start;
        int end;
        final List<String> countries = new ArrayList<>(2);
        final List<String> areas = new ArrayList<>(2);
        /** Rows of kind 3: role, organisation id, ref, name at 2..5. */
        final List<String[]> parties = new ArrayList<>(3);
        final int[] text = TextSketch.start();
    }

    /**
     * Reads every comparable activity, or with {@code scope} only those sharing a country with one of the
     * activities in it (the only possible partners of those activities), in one streaming query.
     */
    static ActivityProfiles load(JdbcTemplate jdbc, Collection<Long> scope) {
        Map<Long, Rows> byId = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) con -> {
            CopyRows.stream(con, query(scope), COLUMNS, fields -> add(byId, fields));
            return null;
        });
        ActivityProfiles profiles = new ActivityProfiles();
        profiles.build(byId);
        return profiles;
    }

    private static void add(Map<Long, Rows> byId, String[] f) {
        Rows r = byId.computeIfAbsent(Long.parseLong(f[0]), id -> new Rows());
        switch (f[1].charAt(0)) {
            case '0' -> {
                r.seen = true;
                if (f[2] != null && f[3] != null) {
                    r.start = (int) LocalDate.parse(f[2]).toEpochDay();
                    r.end = (int) LocalDate.parse(f[3]).toEpochDay();
                    r.comparable = r.start <= r.end;
                }
                r.title = f[4];
            }
            case '1' -> r.countries.add(f[4]);
            case '2' -> r.areas.add(f[4]);
            case '3' -> r.parties.add(f);
            case '4' -> {
                // titles and descriptions: hashed now, so that no text is kept
                r.titled = true;
                TextSketch.add(r.text, f[4]);
            }
            default -> throw new IllegalStateException("unknown row kind " + f[1]);
        }
    }

    private void build(Map<Long, Rows> byId) {
        // in order of id, so that the name shown for an organisation is always that of the same activity
        ids = byId.entrySet().stream()
                .filter(e -> e.getValue().seen && e.getValue().comparable && !e.getValue().countries.isEmpty())
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        size = ids.length;
        starts = new int[size];
        ends = new int[size];
        countries = new int[size][];
        links = new int[size][];
        sketches = new int[size][];
        Map<String, Integer> countryIndex = new HashMap<>();
        for (int i = 0; i < size; i++) {
            Rows r = byId.remove(ids[i]);
            starts[i] = r.start;
            ends[i] = r.end;
            countries[i] = r.countries.stream().distinct().mapToInt(code -> countryIndex.computeIfAbsent(code, c -> {
                countryCodes.add(c);
                return countryCodes.size() - 1;
            })).toArray();
            int[] l = new int[r.areas.size() + 3 * r.parties.size()];
            int n = 0;
            for (String area : r.areas) {
                l[n++] = link("A" + area, AREA, area);
            }
            for (String[] party : r.parties) {
                // role 2 (accountable) is the beneficiary institution, role 4 the implementer
                byte kind = OrganisationRole.ACCOUNTABLE.is(party[2]) ? BENEFICIARY : IMPLEMENTER;
                String ref = key(party[4]);
                String name = key(party[5]);
                String label = party[5] != null && !party[5].isBlank() ? party[5].strip() : party[4];
                if (party[3] != null) {
                    l[n++] = link(party[2] + "o:" + party[3], kind, label);
                }
                if (ref != null) {
                    l[n++] = link(party[2] + "r:" + ref, kind, label);
                }
                if (name != null) {
                    l[n++] = link(party[2] + "n:" + name, kind, label);
                }
            }
            links[i] = Arrays.stream(l, 0, n).sorted().distinct().toArray();
            if (!r.titled) {
                TextSketch.add(r.text, r.title);
            }
            sketches[i] = TextSketch.finish(r.text);
        }
        sortCountries();
    }

    private int link(String key, byte kind, String detail) {
        return linkIndex.computeIfAbsent(key, k -> {
            int index = linkDetails.size();
            if (index == linkKinds.length) {
                linkKinds = Arrays.copyOf(linkKinds, index * 2);
            }
            linkKinds[index] = kind;
            linkDetails.add(detail);
            return index;
        });
    }

    /**
     * Numbers countries in alphabetical order of their codes, so that "the first country two activities
     * share" means the same here as {@code min(code)} in SQL.
     */
    private void sortCountries() {
        String[] sorted = countryCodes.stream().sorted().toArray(String[]::new);
        Map<String, Integer> position = new HashMap<>();
        for (int k = 0; k < sorted.length; k++) {
            position.put(sorted[k], k);
        }
        int[] renumber = new int[sorted.length];
        for (int k = 0; k < renumber.length; k++) {
            renumber[k] = position.get(countryCodes.get(k));
        }
        for (int i = 0; i < size; i++) {
            int[] c = countries[i];
            for (int k = 0; k < c.length; k++) {
                c[k] = renumber[c[k]];
            }
            Arrays.sort(c);
        }
        countryCodes.clear();
        countryCodes.addAll(Arrays.asList(sorted));
    }

    /** Activity indices of each country, in order of start date. */
    int[][] byCountry() {
        int[] counts = new int[countryCodes.size()];
        for (int i = 0; i < size; i++) {
            for (int c : countries[i]) {
                counts[c]++;
            }
        }
        int[][] members = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            members[c] = new int[counts[c]];
        }
        int[] filled = new int[counts.length];
        for (int i = 0; i < size; i++) {
            for (int c : countries[i]) {
                members[c][filled[c]++] = i;
            }
        }
        for (int[] m : members) {
            sortByStart(m);
        }
        return members;
    }

    private void sortByStart(int[] members) {
        // start day and index in one long, so that the sort is of primitives
        long[] keyed = new long[members.length];
        for (int k = 0; k < members.length; k++) {
            keyed[k] = ((long) starts[members[k]] << 32) | members[k];
        }
        Arrays.sort(keyed);
        for (int k = 0; k < members.length; k++) {
            members[k] = (int) keyed[k];
        }
    }
}
