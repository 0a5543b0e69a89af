package org.concord.projects.internal.overlap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds pairs of activities that may duplicate each other and keeps them, scored and with their reasons,
 * in {@code overlap_candidate}.
 *
 * <p>A pair is a candidate when both activities share a recipient country, their periods overlap, and they
 * share a reform area, a beneficiary institution (participating organisation in role 2, accountable) or an
 * implementer (role 4). Candidates are found without comparing every activity with every other: for each
 * country the activities are swept in order of start date while keeping those still running, so that each
 * activity meets only the ones it overlaps in time; the shared-link test is a merge of two short sorted
 * number arrays. A pair with several countries in common is considered in the first of them only.
 * The score is the weighted average (weights from {@code overlap_settings}) of: shared area, shared
 * beneficiary, shared implementer (each 0 or 1), text similarity (MinHash, see {@link TextSketch}) and the
 * share of the shorter period that falls within the other. Pairs below the threshold are not kept.
 *
 * <p>Runs hold a PostgreSQL advisory lock for their whole transaction, so that two instances of Concord
 * never recompute at once (and never interleave their deletes and upserts).
 */
@Service
public class OverlapDetector {

    private static final Logger log = LoggerFactory.getLogger(OverlapDetector.class);

    /** "Concord overlaps" as a number: the advisory lock every detection run holds. */
    static final long LOCK = 0x436f6e634f766c70L;
    private static final int BATCH = 5000;
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

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final OverlapSettingsRepository settings;
    private final JsonMapper json = JsonMapper.builder().build();
    private Duration lockWait = Duration.ofMinutes(5);

    OverlapDetector(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, OverlapSettingsRepository settings) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(2000);
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.settings = settings;
    }

    /** How long a run waits for another instance's run to finish before giving up. */
    void setLockWait(Duration lockWait) {
        this.lockWait = lockWait;
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

    /** Every pair that meets the structural rules, before scoring: what {@link #naiveCandidatePairs()} finds. */
    public Set<Pair> candidatePairs() {
        return candidatePairs(null);
    }

    /** As {@link #candidatePairs()}, for pairs whose first shared country is one of {@code countries}. */
    public Set<Pair> candidatePairs(Collection<String> countries) {
        return readOnly.execute(status -> {
            ActivityProfiles profiles = ActivityProfiles.load(streaming, null);
            Set<Pair> pairs = new HashSet<>();
            for (Sweep sweep : sweep(profiles, null, null, true)) {
                if (countries == null || countries.contains(profiles.countryCodes.get(sweep.country))) {
                    for (int k = 0; k < sweep.all.size(); k += 2) {
                        pairs.add(new Pair(profiles.ids[sweep.all.get(k)], profiles.ids[sweep.all.get(k + 1)]));
                    }
                }
            }
            return pairs;
        });
    }

    /**
     * The same candidate pairs by a plain SQL self-join of activities, as a reference for tests and the
     * benchmark: quadratic in the activities of a country.
     */
    public Set<Pair> naiveCandidatePairs() {
        return naiveCandidatePairs(null);
    }

    public Set<Pair> naiveCandidatePairs(Collection<String> countries) {
        String sql = """
                select distinct a.id, b.id
                from activity a
                join activity_country ca on ca.activity_id = a.id
                join activity_country cb on cb.code = ca.code and cb.activity_id > a.id
                join activity b on b.id = cb.activity_id
                where %s and %s
                  and a.start_date <= b.end_date and b.start_date <= a.end_date
                  and (exists (select 1 from activity_sector sa join activity_sector sb on sb.reform_area = sa.reform_area
                               where sa.activity_id = a.id and sb.activity_id = b.id)
                       or exists (select 1 from activity_participant pa %s, activity_participant pb %s
                                  where pa.activity_id = a.id and pb.activity_id = b.id and pa.role in ('2', '4')
                                    and pb.role = pa.role and ka.key = kb.key))
                """.formatted(ActivityProfiles.comparable("a"), ActivityProfiles.comparable("b"),
                ActivityProfiles.partyKeys("pa", "ka"), ActivityProfiles.partyKeys("pb", "kb"));
        Set<Pair> pairs = new HashSet<>();
        if (countries == null) {
            jdbc.query(sql, rs -> {
                pairs.add(new Pair(rs.getLong(1), rs.getLong(2)));
            });
        } else {
            // first shared country among those asked for, as candidatePairs(countries) counts them
            jdbc.query(sql + """
                      and (select min(x.code) from activity_country x join activity_country y on y.code = x.code
                           where x.activity_id = a.id and y.activity_id = b.id) = any(?)
                    """, ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", countries.toArray())),
                    rs -> {
                        pairs.add(new Pair(rs.getLong(1), rs.getLong(2)));
                    });
        }
        return pairs;
    }

    private DetectionReport run(Set<Long> changed) {
        long started = System.nanoTime();
        long deadline = started + lockWait.toNanos();
        while (true) {
            DetectionReport report = transactions.execute(status -> {
                if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                    return null;
                }
                return detect(changed, started);
            });
            if (report != null) {
                log.info("Overlap detection{}: {} activities compared, {} candidate pairs, {} kept, in {} ms",
                        changed == null ? "" : " for " + changed.size() + " changed activities", report.activities(),
                        report.candidatePairs(), report.keptPairs(), report.took().toMillis());
                return report;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another overlap detection run held the lock for over " + lockWait);
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
        // taken under the lock: every row an earlier run wrote is older, so "older than this" means stale
        OffsetDateTime runAt = jdbc.queryForObject("select clock_timestamp()", OffsetDateTime.class);
        OverlapSettings weights = settings.load();
        ActivityProfiles profiles = ActivityProfiles.load(streaming, changed);
        boolean[] isChanged = null;
        if (changed != null) {
            isChanged = new boolean[profiles.size];
            for (int i = 0; i < profiles.size; i++) {
                isChanged[i] = changed.contains(profiles.ids[i]);
            }
        }
        Scoring scoring = new Scoring(weights);
        List<Sweep> sweeps = sweep(profiles, isChanged, scoring, false);
        long candidates = 0;
        int kept = 0;
        for (Sweep s : sweeps) {
            candidates += s.candidates;
            kept += s.kept.size() / 2;
        }
        write(profiles, sweeps, scoring, runAt);
        if (changed == null) {
            jdbc.update("delete from overlap_candidate where computed_at < ?", runAt);
        } else {
            jdbc.update(con -> {
                var ps = con.prepareStatement("""
                        delete from overlap_candidate where computed_at < ? and (activity_a = any(?) or activity_b = any(?))""");
                Array ids = con.createArrayOf("bigint", changed.toArray());
                ps.setObject(1, runAt);
                ps.setArray(2, ids);
                ps.setArray(3, ids);
                return ps;
            });
        }
        return new DetectionReport(profiles.size, candidates, kept, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The pairs of one country: candidate count, kept pairs (and their scores), or every candidate. */
    private static final class Sweep {
        final int country;
        long candidates;
        final IntList kept = new IntList();
        double[] scores = new double[16];
        final IntList all = new IntList();

        Sweep(int country) {
            this.country = country;
        }
    }

    /**
     * Sweeps each country (in parallel: countries are independent). With {@code changed}, only pairs with a
     * changed activity, in the countries of changed activities.
     */
    private static List<Sweep> sweep(ActivityProfiles p, boolean[] changed, Scoring scoring, boolean collectAll) {
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
                .mapToObj(c -> sweepCountry(p, c, members[c], changed, scoring, collectAll)).toList();
    }

    private static Sweep sweepCountry(ActivityProfiles p, int country, int[] byStart, boolean[] changed,
                                      Scoring scoring, boolean collectAll) {
        Sweep result = new Sweep(country);
        int[] running = new int[16];
        int runningCount = 0;
        for (int x : byStart) {
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
                int shared = sharedKinds(p, p.links[x], p.links[y]);
                if (shared == 0 || firstCommon(p.countries[x], p.countries[y]) != country) {
                    continue;
                }
                result.candidates++;
                if (collectAll) {
                    result.all.add(y);
                    result.all.add(x);
                } else {
                    double score = scoring.score(p, x, y, shared);
                    if (score >= scoring.threshold) {
                        int k = result.kept.size() / 2;
                        if (k == result.scores.length) {
                            result.scores = Arrays.copyOf(result.scores, k * 2);
                        }
                        result.scores[k] = score;
                        result.kept.add(y);
                        result.kept.add(x);
                    }
                }
            }
            runningCount = stillRunning;
            if (runningCount == running.length) {
                running = Arrays.copyOf(running, running.length * 2);
            }
            running[runningCount++] = x;
        }
        return result;
    }

    /** The kinds (bit set of area, beneficiary, implementer) of the links two activities share. */
    private static int sharedKinds(ActivityProfiles p, int[] a, int[] b) {
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

    private static int overlapDays(ActivityProfiles p, int x, int y) {
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
        /** Slightly below the setting, so that a score printed as 0.450 is not dropped for a rounding error. */
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

        double score(ActivityProfiles p, int x, int y, int shared) {
            if (total <= 0) {
                return 0;
            }
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
            if (text > 0) {
                sum += text * TextSketch.similarity(p.sketches[x], p.sketches[y]);
            }
            int shorter = Math.min(p.ends[x] - p.starts[x], p.ends[y] - p.starts[y]) + 1;
            sum += period * overlapDays(p, x, y) / shorter;
            return sum / total;
        }
    }

    private void write(ActivityProfiles p, List<Sweep> sweeps, Scoring scoring, OffsetDateTime runAt) {
        List<Object[]> batch = new ArrayList<>(BATCH);
        for (Sweep s : sweeps) {
            for (int k = 0; k < s.kept.size() / 2; k++) {
                int x = s.kept.get(2 * k);
                int y = s.kept.get(2 * k + 1);
                long a = p.ids[x];
                long b = p.ids[y];
                if (a > b) {
                    long t = a;
                    a = b;
                    b = t;
                    int u = x;
                    x = y;
                    y = u;
                }
                BigDecimal score = BigDecimal.valueOf(s.scores[k]).setScale(3, RoundingMode.HALF_UP);
                batch.add(new Object[] {a, b, score, json.writeValueAsString(reasons(p, x, y))});
                if (batch.size() == BATCH) {
                    upsert(batch, runAt);
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            upsert(batch, runAt);
        }
    }

    /** One statement per batch: the rows travel as four arrays, unnested on the server. */
    private void upsert(List<Object[]> rows, OffsetDateTime runAt) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into overlap_candidate (activity_a, activity_b, score, reasons, computed_at)
                    select t.a, t.b, t.s, t.r, ? from unnest(?::bigint[], ?::bigint[], ?::numeric[], ?::text[]) as t(a, b, s, r)
                    -- an activity removed since it was read is skipped rather than failing the whole run
                    join activity x on x.id = t.a join activity y on y.id = t.b
                    on conflict (activity_a, activity_b) do update
                        set score = excluded.score, reasons = excluded.reasons, computed_at = excluded.computed_at""");
            ps.setObject(1, runAt);
            ps.setArray(2, con.createArrayOf("bigint", column(rows, 0)));
            ps.setArray(3, con.createArrayOf("bigint", column(rows, 1)));
            ps.setArray(4, con.createArrayOf("numeric", column(rows, 2)));
            ps.setArray(5, con.createArrayOf("text", column(rows, 3)));
            return ps;
        });
    }

    private static Object[] column(List<Object[]> rows, int index) {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i)[index];
        }
        return values;
    }

    /** Why {@code x} and {@code y} (x the lower id) were kept, in the order a reader weighs them. */
    static List<Reason> reasons(ActivityProfiles p, int x, int y) {
        List<Reason> reasons = new ArrayList<>();
        for (int c : intersection(p.countries[x], p.countries[y])) {
            reasons.add(new Reason(Reason.COUNTRY, p.countryCodes.get(c), null));
        }
        int[] shared = intersection(p.links[x], p.links[y]);
        addLinks(reasons, p, shared, ActivityProfiles.AREA, Reason.AREA);
        addLinks(reasons, p, shared, ActivityProfiles.BENEFICIARY, Reason.BENEFICIARY);
        addLinks(reasons, p, shared, ActivityProfiles.IMPLEMENTER, Reason.IMPLEMENTER);
        int from = Math.max(p.starts[x], p.starts[y]);
        int to = Math.min(p.ends[x], p.ends[y]);
        long months = Math.round((to - from + 1) / DAYS_PER_MONTH);
        reasons.add(new Reason(Reason.PERIOD, LocalDate.ofEpochDay(from) + "/" + LocalDate.ofEpochDay(to),
                BigDecimal.valueOf(months)));
        double similarity = TextSketch.similarity(p.sketches[x], p.sketches[y]);
        reasons.add(new Reason(Reason.TEXT, null, BigDecimal.valueOf(similarity).setScale(2, RoundingMode.HALF_UP)));
        return reasons;
    }

    private static void addLinks(List<Reason> reasons, ActivityProfiles p, int[] shared, byte kind, String name) {
        // one organisation may be shared by identifier and by name: name it once
        Set<String> details = new LinkedHashSet<>();
        for (int link : shared) {
            if (p.linkKinds[link] == kind) {
                details.add(p.linkDetails.get(link));
            }
        }
        details.forEach(d -> reasons.add(new Reason(name, d, null)));
    }

    private static int[] intersection(int[] a, int[] b) {
        IntList out = new IntList();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                out.add(a[i]);
                i++;
                j++;
            }
        }
        return out.toArray();
    }

    /** A growable list of ints without boxing: sweeps of large countries produce millions of them. */
    static final class IntList {
        private int[] values = new int[16];
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

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
