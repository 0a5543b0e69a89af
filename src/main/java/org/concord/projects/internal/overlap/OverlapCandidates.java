package org.concord.projects.internal.overlap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.projects.internal.overlap.OverlapDetector.Pair;
import org.concord.projects.internal.overlap.OverlapDetector.Sweep;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code overlap_candidate} table as a detection run leaves it: the kept pairs with their score and reasons,
 * written by COPY and only where they differ from what is stored ({@link OverlapDetector} finds and scores them).
 */
final class OverlapCandidates {

    private final JdbcTemplate jdbc;

    OverlapCandidates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings {@code overlap_candidate} in line with the kept pairs, writing only what differs: pairs that stay
     * as they were (same score, same reasons) are not rewritten, so that a recomputation without changes
     * costs a read of what is stored instead of a rewrite of the table. Changed and new pairs are copied into
     * a temporary table and upserted in one statement; pairs of the recomputed activities that were not kept
     * this time are deleted.
     */
    int write(ActivityProfiles p, List<Sweep> sweeps, Set<Long> changed) {
        // what is stored for the recomputed activities: score and a digest of the reasons, per pair
        Map<Pair, String> stored = new HashMap<>();
        String scope = changed == null ? ""
                : " where activity_a = any('{%1$s}'::bigint[]) or activity_b = any('{%1$s}'::bigint[])"
                        .formatted(changed.stream().map(String::valueOf).collect(Collectors.joining(",")));
        jdbc.execute((ConnectionCallback<Void>) con -> {
            CopyRows.stream(con, "select activity_a, activity_b, score::text || ' ' || md5(reasons) from overlap_candidate"
                    + scope, 3, f -> stored.put(new Pair(Long.parseLong(f[0]), Long.parseLong(f[1])), f[2]));
            return null;
        });

        // nothing stored at all (the first run): the kept pairs go straight into the table, no upsert needed
        boolean direct = stored.isEmpty() && jdbc.queryForObject("select not exists (select 1 from overlap_candidate)", Boolean.class);
        if (!direct) {
            jdbc.execute("""
                    create temporary table overlap_run (a bigint not null, b bigint not null, score numeric(5, 3) not null,
                                                        reasons text not null) on commit drop""");
        }
        ReasonsWriter reasons = new ReasonsWriter(p);
        int upserts = jdbc.execute((ConnectionCallback<Integer>) con -> {
            CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(direct
                    ? "copy overlap_candidate (activity_a, activity_b, score, reasons) from stdin"
                    : "copy overlap_run (a, b, score, reasons) from stdin");
            try {
                // countries in parallel, each one's changed rows copied as soon as they are written out
                int rows = sweeps.parallelStream().mapToInt(s -> {
                    Changes changes = changes(p, s, stored, reasons);
                    synchronized (copy) {
                        try {
                            copy.writeToCopy(changes.copyText, 0, changes.copyText.length);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return changes.rows;
                }).sum();
                copy.endCopy();
                return rows;
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
        for (Sweep s : sweeps) {
            for (int k = 0; k < s.pairs.size(); k += 2) {
                stored.remove(new Pair(p.ids[s.pairs.get(k)], p.ids[s.pairs.get(k + 1)]));
            }
        }

        // what is left was not kept this time
        List<Pair> stale = new ArrayList<>(stored.keySet());
        for (int from = 0; from < stale.size(); from += 10_000) {
            List<Pair> chunk = stale.subList(from, Math.min(stale.size(), from + 10_000));
            jdbc.update(con -> {
                var ps = con.prepareStatement("""
                        delete from overlap_candidate c using unnest(?::bigint[], ?::bigint[]) as s(a, b)
                        where c.activity_a = s.a and c.activity_b = s.b""");
                ps.setArray(1, con.createArrayOf("bigint", chunk.stream().map(Pair::a).toArray()));
                ps.setArray(2, con.createArrayOf("bigint", chunk.stream().map(Pair::b).toArray()));
                return ps;
            });
        }
        if (upserts > 0 && !direct) {
            if (upserts > 10_000) {
                jdbc.execute("analyze overlap_run");
            }
            jdbc.update("""
                    insert into overlap_candidate (activity_a, activity_b, score, reasons)
                    select r.a, r.b, r.score, r.reasons from overlap_run r
                    -- an activity removed since it was read is skipped rather than failing the whole run
                    join activity x on x.id = r.a join activity y on y.id = r.b
                    on conflict (activity_a, activity_b) do update
                        set score = excluded.score, reasons = excluded.reasons, computed_at = now()""");
        }
        return stale.size() + upserts;
    }

    /** One country's kept pairs that are new or differ from what is stored, in COPY's text format. */
    private record Changes(byte[] copyText, int rows) {
    }

    private static Changes changes(ActivityProfiles p, Sweep s, Map<Pair, String> stored, ReasonsWriter reasons) {
        MessageDigest md5 = md5();
        StringBuilder json = new StringBuilder(512);
        StringBuilder out = new StringBuilder();
        int rows = 0;
        for (int k = 0; k < s.pairs.size() / 2; k++) {
            int x = s.pairs.get(2 * k);
            int y = s.pairs.get(2 * k + 1);
            if (p.ids[x] > p.ids[y]) {
                int t = x;
                x = y;
                y = t;
            }
            json.setLength(0);
            reasons.append(json, x, y);
            String score = decimal(new StringBuilder(5), s.scores[k], 3).toString();
            String before = stored.isEmpty() ? null : stored.get(new Pair(p.ids[x], p.ids[y]));
            if (before != null && before.equals(score + ' '
                    + HexFormat.of().formatHex(md5.digest(json.toString().getBytes(StandardCharsets.UTF_8))))) {
                continue;
            }
            out.append(p.ids[x]).append('\t').append(p.ids[y]).append('\t').append(score).append('\t');
            copyText(out, json).append('\n');
            rows++;
        }
        return new Changes(out.toString().getBytes(StandardCharsets.UTF_8), rows);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} as a field of COPY's text format: backslashes doubled, line breaks and tabs escaped. */
    private static StringBuilder copyText(StringBuilder out, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** {@code value} (0 to 1) with {@code digits} decimals, without the cost of a formatter. */
    static StringBuilder decimal(StringBuilder out, double value, int digits) {
        long scale = digits == 3 ? 1000 : 100;
        long scaled = Math.round(value * scale);
        out.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int i = fraction.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(fraction);
    }

    /**
     * Writes a pair's reasons as JSON in the order a reader weighs them: {@code [{"kind": ..., "detail": ..., "value": ...}, ...]}. By hand rather than with a JSON
     * library: hundreds of thousands of pairs may be kept, and their names are escaped once each.
     */
    private static final class ReasonsWriter {
        private final ActivityProfiles p;
        // each name's JSON, made on first use; countries are written out in parallel, and two threads making
        // the same immutable string at once is harmless
        private final String[] countries;
        private final String[] links;

        ReasonsWriter(ActivityProfiles p) {
            this.p = p;
            this.countries = new String[p.countryCodes.size()];
            this.links = new String[p.linkDetails.size()];
        }

        void append(StringBuilder out, int x, int y) {
            out.append('[');
            int[] a = p.countries[x];
            int[] b = p.countries[y];
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    if (countries[a[i]] == null) {
                        countries[a[i]] = reason(Reason.COUNTRY, p.countryCodes.get(a[i]));
                    }
                    out.append(countries[a[i]]).append(',');
                    i++;
                    j++;
                }
            }
            for (byte kind : new byte[] {ActivityProfiles.AREA, ActivityProfiles.BENEFICIARY, ActivityProfiles.IMPLEMENTER}) {
                appendLinks(out, p.links[x], p.links[y], kind);
            }
            int from = Math.max(p.starts[x], p.starts[y]);
            int to = Math.min(p.ends[x], p.ends[y]);
            out.append("{\"kind\":\"period\",\"detail\":\"").append(LocalDate.ofEpochDay(from)).append('/')
                    .append(LocalDate.ofEpochDay(to)).append("\",\"value\":").append(Math.round((to - from + 1) / OverlapDetector.DAYS_PER_MONTH))
                    .append("},{\"kind\":\"text\",\"detail\":null,\"value\":");
            decimal(out, TextSketch.similarity(p.sketches[x], p.sketches[y]), 2).append("}]");
        }

        private void appendLinks(StringBuilder out, int[] a, int[] b, byte kind) {
            String[] named = new String[Math.min(a.length, b.length)];
            int count = 0;
            for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                if (a[i] < b[j]) {
                    i++;
                } else if (a[i] > b[j]) {
                    j++;
                } else {
                    int link = a[i];
                    if (p.linkKinds[link] == kind) {
                        if (links[link] == null) {
                            links[link] = reason(kind == ActivityProfiles.AREA ? Reason.AREA
                                    : kind == ActivityProfiles.BENEFICIARY ? Reason.BENEFICIARY : Reason.IMPLEMENTER,
                                    p.linkDetails.get(link));
                        }
                        // one organisation shared by identifier and by name is named once
                        if (!Arrays.asList(named).subList(0, count).contains(links[link])) {
                            out.append(links[link]).append(',');
                            named[count++] = links[link];
                        }
                    }
                    i++;
                    j++;
                }
            }
        }

        private static String reason(String kind, String detail) {
            StringBuilder json = new StringBuilder("{\"kind\":\"").append(kind).append("\",\"detail\":");
            if (detail == null) {
                json.append("null");
            } else {
                json.append('"');
                for (int i = 0; i < detail.length(); i++) {
                    char c = detail.charAt(i);
                    switch (c) {
                        case '"' -> json.append("\\\"");
                        case '\\' -> json.append("\\\\");
                        case '\n' -> json.append("\\n");
                        case '\r' -> json.append("\\r");
                        case '\t' -> json.append("\\t");
                        default -> {
                            if (c < 0x20) {
                                json.append("\\u").append(String.format("%04x", (int) c));
                            } else {
                                json.append(c);
                            }
                        }
                    }
                }
                json.append('"');
            }
            return json.append(",\"value\":null}").toString();
        }
    }
}
