package org.concord.projects.internal.overlap;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What overlap detection needs of each activity, in compact arrays indexed 0..size-1: the period as epoch
 * days, its countries and shared-able "links" (reform areas, beneficiary and implementer keys) as sorted
 * numbers from dictionaries, and a MinHash sketch of its titles and descriptions. About 400 bytes an
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

    /** Descriptions past this length add little to the sketch but cost reading and hashing. */
    static final int TEXT_LIMIT = 4000;

    /**
     * The keys under which a participating organisation counts as the same in two activities: its match in
     * the directory, its IATI identifier, or its name with case and spacing ignored. Computed in SQL so that
     * the detector and the plain SQL comparison ({@link OverlapDetector#naiveCandidatePairs()}) agree exactly.
     */
    static String partyKeys(String participant, String alias) {
        return """
                cross join lateral (values ('o:' || %1$s.organisation_id::text),
                                           ('r:' || lower(nullif(btrim(%1$s.ref), ''))),
                                           ('n:' || lower(regexp_replace(nullif(btrim(%1$s.name), ''), '\\s+', ' ', 'g')))
                                   ) %2$s(key)""".formatted(participant, alias);
    }

    /** A period Concord can compare: both ends known and in order. */
    static String comparable(String activity) {
        return "%1$s.start_date is not null and %1$s.end_date is not null and %1$s.start_date <= %1$s.end_date"
                .formatted(activity);
    }

    private static final String QUERY = """
            select a.id, a.start_date, a.end_date,
                   array(select distinct c.code from activity_country c where c.activity_id = a.id) as countries,
                   array(select distinct s.reform_area from activity_sector s
                         where s.activity_id = a.id and s.reform_area is not null) as areas,
                   pk.keys, pk.labels,
                   coalesce((select string_agg(t.text, ' ' order by t.seq) from activity_title t where t.activity_id = a.id),
                            a.title) as titles,
                   (select left(string_agg(d.text, ' ' order by d.seq), %d) from activity_description d
                    where d.activity_id = a.id) as descriptions
            from activity a
            left join lateral (
                select array_agg(p.role || k.key) as keys, array_agg(coalesce(nullif(btrim(p.name), ''), p.ref)) as labels
                from activity_participant p
                %s
                where p.activity_id = a.id and p.role in ('2', '4') and k.key is not null
            ) pk on true
            where %s
              and exists (select 1 from activity_country c where c.activity_id = a.id)
            """.formatted(TEXT_LIMIT, partyKeys("p", "k"), comparable("a"));

    int size;
    long[] ids = new long[1024];
    int[] starts = new int[1024];
    int[] ends = new int[1024];
    int[][] countries = new int[1024][];
    int[][] links = new int[1024][];
    int[][] sketches = new int[1024][];

    final List<String> countryCodes = new ArrayList<>();
    private final Map<String, Integer> countryIndex = new HashMap<>();
    /** Per link: its kind, and what a reader is shown (reform-area code or organisation name). */
    byte[] linkKinds = new byte[1024];
    final List<String> linkDetails = new ArrayList<>();
    private final Map<String, Integer> linkIndex = new HashMap<>();

    /**
     * Reads every comparable activity, or with {@code scope} only those sharing a country with one of the
     * activities in it (the only possible partners of those activities), in one streaming query.
     */
    static ActivityProfiles load(JdbcTemplate streaming, Collection<Long> scope) {
        ActivityProfiles profiles = new ActivityProfiles();
        RowCallbackHandler row = profiles::add;
        if (scope == null) {
            streaming.query(QUERY, row);
        } else {
            streaming.query(QUERY + """
                      and exists (select 1 from activity_country c where c.activity_id = a.id
                                  and c.code in (select c2.code from activity_country c2 where c2.activity_id = any(?)))
                    """, ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", scope.toArray())), row);
        }
        profiles.sortCountries();
        return profiles;
    }

    private void add(ResultSet rs) throws SQLException {
        if (size == ids.length) {
            grow();
        }
        int i = size++;
        ids[i] = rs.getLong(1);
        starts[i] = (int) rs.getDate(2).toLocalDate().toEpochDay();
        ends[i] = (int) rs.getDate(3).toLocalDate().toEpochDay();

        String[] codes = strings(rs.getArray(4));
        int[] c = new int[codes.length];
        for (int k = 0; k < codes.length; k++) {
            c[k] = countryIndex.computeIfAbsent(codes[k], code -> {
                countryCodes.add(code);
                return countryCodes.size() - 1;
            });
        }
        Arrays.sort(c);
        countries[i] = c;

        String[] areas = strings(rs.getArray(5));
        String[] keys = strings(rs.getArray(6));
        String[] labels = strings(rs.getArray(7));
        int[] l = new int[areas.length + keys.length];
        int n = 0;
        for (String area : areas) {
            l[n++] = link("A" + area, AREA, area);
        }
        for (int k = 0; k < keys.length; k++) {
            // role 2 (accountable) is the beneficiary institution, role 4 the implementer
            l[n++] = link(keys[k], keys[k].charAt(0) == '2' ? BENEFICIARY : IMPLEMENTER, labels[k]);
        }
        l = Arrays.stream(l, 0, n).sorted().distinct().toArray();
        links[i] = l;

        String titles = rs.getString(8);
        String descriptions = rs.getString(9);
        sketches[i] = TextSketch.of(descriptions == null ? titles : titles == null ? descriptions : titles + " " + descriptions);
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

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        countries = Arrays.copyOf(countries, capacity);
        links = Arrays.copyOf(links, capacity);
        sketches = Arrays.copyOf(sketches, capacity);
    }

    private static String[] strings(Array array) throws SQLException {
        if (array == null) {
            return new String[0];
        }
        Object[] values = (Object[]) array.getArray();
        return values instanceof String[] strings ? strings : Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
    }

    /**
     * Renumbers countries in alphabetical order of their codes, so that "the first country two activities
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
        countryIndex.clear();
        countryIndex.putAll(position);
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
        // pack start day and index into one long, so the sort is primitive
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
