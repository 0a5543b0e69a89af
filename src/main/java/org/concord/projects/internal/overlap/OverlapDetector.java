package org.concord.projects.internal.overlap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds pairs of activities that may duplicate each other and keeps them, scored and with their reasons,
 * in {@code overlap_candidate}.
 *
 * <p>A pair is a candidate when both activities share a recipient country, their periods overlap, and they
 * share a reform area, a beneficiary institution (participating organisation in role 2, accountable) or an
 * implementer (role 4). Candidates are found without comparing every activity with every other: within a
 * country, the activities that have one such link in common (one reform area, one institution) are swept
 * in order of start date while keeping those still running, so that each activity meets only those it
 * overlaps in time and shares something with. A pair is taken up once, under the first country and the
 * first link the two share. Countries are swept in parallel.
 *
 * <p>The score is the weighted average (weights from {@code overlap_settings}) of: shared area, shared
 * beneficiary, shared implementer (each 0 or 1), text similarity (MinHash, see {@link TextSketch}) and the
 * share of the shorter period that falls within the other. Pairs below the threshold are not kept.
 *
 * <p>A run is one transaction: read (one streaming query, see {@link ActivityProfiles}), sweep and score,
 * then write only what differs from what is stored. It holds a PostgreSQL advisory lock throughout, so that
 * two instances of Concord never recompute at once (and never interleave their writes); a run that finds
 * the lock taken waits for it.
 */
@Service
public class OverlapDetector {

    private static final Logger log = LoggerFactory.getLogger(OverlapDetector.class);

    /** "ConcOvlp" as a number: the advisory lock every detection run holds. */
    static final long LOCK = 0x436f6e634f766c70L;
    private static final double DAYS_PER_MONTH = 365.2425 / 12;

    /** Two activities, {@code a < b}. */
    public record Pair(long a, long b) {
        public Pair {
            if (a > b) {
                long t = a;
                a = b;
                b = t;
            }
        }
    }

    /** How long a run waits for another instance's run to finish before giving up. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final OverlapSettingsRepository settings;

    OverlapDetector(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, OverlapSettingsRepository settings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
        this.settings = settings;
    }

    /** Compares all activities and replaces every kept pair. */
    public DetectionReport recomputeAll() {
        return run(null);
    }

    /** Compares {@code changedActivityIds} with all activities and replaces the kept pairs involving them. */
    public DetectionReport recompute(Collection<Long> changedActivityIds) {
        if (changedActivityIds.isEmpty()) {
            return new DetectionReport(0, 0, 0, Duration.ZERO);
        }
        return run(Set.copyOf(changedActivityIds));
    }

    /** Every pair that meets the structural rules, before scoring: what a plain SQL self-join finds (NaiveCandidatePairs, in the tests). */
    public Set<Pair> candidatePairs() {
        return candidatePairs(null);
    }

    /** As {@link #candidatePairs()}, for pairs whose first shared country is one of {@code countries}. */
    public Set<Pair> candidatePairs(Collection<String> countries) {
        return readOnly.execute(status -> {
            ActivityProfiles profiles = ActivityProfiles.load(jdbc, null);
            Set<Pair> pairs = new HashSet<>();
            for (Sweep sweep : sweep(profiles, null, null)) {
                if (countries == null || countries.contains(profiles.countryCodes.get(sweep.country))) {
                    for (int k = 0; k < sweep.pairs.size(); k += 2) {
                        pairs.add(new Pair(profiles.ids[sweep.pairs.get(k)], profiles.ids[sweep.pairs.get(k + 1)]));
                    }
                }
            }
            return pairs;
        });
    }

    private DetectionReport run(Set<Long> changed) {
        long started = System.nanoTime();
        long deadline = started + LOCK_WAIT.toNanos();
        while (true) {
            DetectionReport report = transactions.execute(status -> {
                if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                    return null;
                }
                // the time of the run itself, not of waiting for another
                return detect(changed, System.nanoTime());
            });
            if (report != null) {
                log.info("Overlap detection{}: {} activities compared, {} candidate pairs, {} kept, in {} ms",
                        changed == null ? "" : " for " + changed.size() + " changed activities", report.activities(),
                        report.candidatePairs(), report.keptPairs(), report.took().toMillis());
                return report;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another overlap detection run held the lock for over " + LOCK_WAIT);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another overlap detection run", e);
            }
        }
    }

    private DetectionReport detect(Set<Long> changed, long started) {
        Scoring scoring = new Scoring(settings.load());
        long readFrom = System.nanoTime();
        ActivityProfiles profiles = ActivityProfiles.load(jdbc, changed);
        long sweepFrom = System.nanoTime();
        boolean[] isChanged = null;
        if (changed != null) {
            isChanged = new boolean[profiles.size];
            for (int i = 0; i < profiles.size; i++) {
                isChanged[i] = changed.contains(profiles.ids[i]);
            }
        }
        List<Sweep> sweeps = sweep(profiles, isChanged, scoring);
        long candidates = 0;
        int kept = 0;
        for (Sweep s : sweeps) {
            candidates += s.candidates;
            kept += s.pairs.size() / 2;
        }
        long writeFrom = System.nanoTime();
        int written = write(profiles, sweeps, changed);
        long end = System.nanoTime();
        log.debug("Overlap detection phases: read {} ms, sweep and score {} ms, write {} ms ({} rows changed)",
                (sweepFrom - readFrom) / 1_000_000, (writeFrom - sweepFrom) / 1_000_000, (end - writeFrom) / 1_000_000,
                written);
        return new DetectionReport(profiles.size, candidates, kept, Duration.ofNanos(end - started));
    }

    /** The pairs of one country: how many met the rules, and those kept (or all of them, without scoring). */
    private static final class Sweep {
        final int country;
        long candidates;
        /** Activity indices, two per pair. */
        final IntList pairs = new IntList();
        double[] scores = new double[16];

        Sweep(int country) {
            this.country = country;
        }

        void keep(int x, int y, double score) {
            int k = pairs.size() / 2;
            if (k == scores.length) {
                scores = Arrays.copyOf(scores, k * 2);
            }
            scores[k] = score;
            pairs.add(x);
            pairs.add(y);
        }
    }

    /**
     * Sweeps each country in parallel. With {@code changed}, only pairs with a changed activity, in the
     * countries of changed activities; without {@code scoring}, every candidate is kept unscored.
     */
    private static List<Sweep> sweep(ActivityProfiles p, boolean[] changed, Scoring scoring) {
        int[][] members = p.byCountry();
        boolean[] relevant = new boolean[members.length];
        for (int i = 0; i < p.size; i++) {
            if (changed == null || changed[i]) {
                for (int c : p.countries[i]) {
                    relevant[c] = true;
                }
            }
        }
        return IntStream.range(0, members.length).parallel().filter(c -> relevant[c])
                .mapToObj(c -> sweepCountry(p, c, members[c], changed, scoring)).toList();
    }

    private static Sweep sweepCountry(ActivityProfiles p, int country, int[] byStart, boolean[] changed, Scoring scoring) {
        // the country's activities having each link, in order of start date
        Map<Integer, IntList> byLink = new HashMap<>();
        for (int x : byStart) {
            for (int link : p.links[x]) {
                byLink.computeIfAbsent(link, l -> new IntList()).add(x);
            }
        }
        Sweep result = new Sweep(country);
        int[] running = new int[16];
        for (Map.Entry<Integer, IntList> group : byLink.entrySet()) {
            int link = group.getKey();
            IntList activities = group.getValue();
            int runningCount = 0;
            for (int k = 0; k < activities.size(); k++) {
                int x = activities.get(k);
                int start = p.starts[x];
                int stillRunning = 0;
                for (int r = 0; r < runningCount; r++) {
                    int y = running[r];
                    if (p.ends[y] < start) {
                        continue;  // ended before x starts, and so before everything after x: drop it
                    }
                    running[stillRunning++] = y;
                    if (changed != null && !changed[x] && !changed[y]) {
                        continue;
                    }
                    if (firstCommon(p.links[x], p.links[y]) != link || firstCommon(p.countries[x], p.countries[y]) != country) {
                        continue;  // taken up under another link or country
                    }
                    result.candidates++;
                    if (scoring == null) {
                        result.pairs.add(y);
                        result.pairs.add(x);
                    } else {
                        double score = scoring.score(p, x, y);
                        if (score >= scoring.threshold) {
                            result.keep(y, x, score);
                        }
                    }
                }
                runningCount = stillRunning;
                if (runningCount == running.length) {
                    running = Arrays.copyOf(running, running.length * 2);
                }
                running[runningCount++] = x;
            }
        }
        return result;
    }

    /** The first number in both sorted arrays, or -1. */
    private static int firstCommon(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                return a[i];
            }
        }
        return -1;
    }

    /** The kinds (bit set of area, beneficiary, implementer) of the links two activities share. */
    static int sharedKinds(ActivityProfiles p, int[] a, int[] b) {
        int kinds = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                kinds |= p.linkKinds[a[i]];
                i++;
                j++;
            }
        }
        return kinds;
    }

    static int overlapDays(ActivityProfiles p, int x, int y) {
        return Math.min(p.ends[x], p.ends[y]) - Math.max(p.starts[x], p.starts[y]) + 1;
    }

    /** The weighted average of a pair's signals. */
    static final class Scoring {
        final double area;
        final double beneficiary;
        final double implementer;
        final double text;
        final double period;
        final double total;
        /** A hair below the setting, so that a score shown as 0.450 is not dropped for a rounding error. */
        final double threshold;

        Scoring(OverlapSettings s) {
            area = s.weightArea().doubleValue();
            beneficiary = s.weightBeneficiary().doubleValue();
            implementer = s.weightImplementer().doubleValue();
            text = s.weightText().doubleValue();
            period = s.weightPeriod().doubleValue();
            total = area + beneficiary + implementer + text + period;
            threshold = s.threshold().doubleValue() - 1e-9;
        }

        double score(ActivityProfiles p, int x, int y) {
            if (total <= 0) {
                return 0;
            }
            int shared = sharedKinds(p, p.links[x], p.links[y]);
            double sum = 0;
            if ((shared & ActivityProfiles.AREA) != 0) {
                sum += area;
            }
            if ((shared & ActivityProfiles.BENEFICIARY) != 0) {
                sum += beneficiary;
            }
            if ((shared & ActivityProfiles.IMPLEMENTER) != 0) {
                sum += implementer;
            }
            int shorter = Math.min(p.ends[x] - p.starts[x], p.ends[y] - p.starts[y]) + 1;
            sum += period * overlapDays(p, x, y) / shorter;
            if (text > 0) {
                sum += text * TextSketch.similarity(p.sketches[x], p.sketches[y]);
            }
            return sum / total;
        }
    }

    /**
     * Brings {@code overlap_candidate} in line with the kept pairs, writing only what differs: pairs that stay
     * as they were (same score, same reasons) are not rewritten, so that a recomputation without changes
     * costs a read of what is stored instead of a rewrite of the table. Changed and new pairs are copied into
     * a temporary table and upserted in one statement; pairs of the recomputed activities that were not kept
     * this time are deleted.
     */
    private int write(ActivityProfiles p, List<Sweep> sweeps, Set<Long> changed) {
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
                    .append(LocalDate.ofEpochDay(to)).append("\",\"value\":").append(Math.round((to - from + 1) / DAYS_PER_MONTH))
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

    /** A growable list of ints without boxing: sweeps of large countries produce millions of them. */
    static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }
}
