package org.concord.projects.internal.overlap;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>Pairs the files themselves link are never proposed: one names the other in a {@code related-activity} of
 * type 1–4 (parent, child, sibling, co-funded), both name the same parent, or money flows from one to the other
 * ({@code funding_link_snapshot}). Their publishers know of each other; the activity page shows them as a
 * hierarchy instead ({@code ActivityHierarchy}).
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
    static final double DAYS_PER_MONTH = 365.2425 / 12;

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

    /**
     * Pairs of activities the files link: {@code related-activity} of type 1 (parent), 2 (child), 3 (sibling) or 4
     * (co-funded) naming the other by its identifier, in either direction; two activities naming the same parent;
     * money from one to the other (funding_link_snapshot, see R__projects_funding_links.sql).
     */
    static final String LINKED_PAIRS = """
            select r.activity_id, o.id
            from activity_related r join activity o on o.iati_identifier = r.ref
            where r.type in ('1', '2', '3', '4') and o.id <> r.activity_id
            union
            select p.activity_id, q.activity_id
            from activity_related p join activity_related q on q.ref = p.ref and q.type = '1' and q.activity_id > p.activity_id
            where p.type = '1'
            union
            select from_activity, to_activity from funding_link_snapshot where from_activity <> to_activity
            """;

    /** How long a run waits for another instance's run to finish before giving up. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final TransactionTemplate readOnly;
    private final OverlapSettingsRepository settings;

    /** Where the kept pairs go. */
    private final OverlapCandidates stored;

    OverlapDetector(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, OverlapSettingsRepository settings) {
        this.stored = new OverlapCandidates(jdbc);
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
            for (Sweep sweep : sweep(profiles, linkedPairs(), null, null)) {
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
        List<Sweep> sweeps = sweep(profiles, linkedPairs(), isChanged, scoring);
        long candidates = 0;
        int kept = 0;
        for (Sweep s : sweeps) {
            candidates += s.candidates;
            kept += s.pairs.size() / 2;
        }
        long writeFrom = System.nanoTime();
        int written = stored.write(profiles, sweeps, changed);
        long end = System.nanoTime();
        log.debug("Overlap detection phases: read {} ms, sweep and score {} ms, write {} ms ({} rows changed)",
                (sweepFrom - readFrom) / 1_000_000, (writeFrom - sweepFrom) / 1_000_000, (end - writeFrom) / 1_000_000,
                written);
        return new DetectionReport(profiles.size, candidates, kept, Duration.ofNanos(end - started));
    }

    /** The pairs of one country: how many met the rules, and those kept (or all of them, without scoring). */
    static final class Sweep {
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
    /** {@link #LINKED_PAIRS}, read in the run's transaction. */
    private Set<Pair> linkedPairs() {
        Set<Pair> linked = new HashSet<>();
        jdbc.query(LINKED_PAIRS, rs -> {
            linked.add(new Pair(rs.getLong(1), rs.getLong(2)));
        });
        return linked;
    }

    private static List<Sweep> sweep(ActivityProfiles p, Set<Pair> linked, boolean[] changed, Scoring scoring) {
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
                .mapToObj(c -> sweepCountry(p, c, members[c], linked, changed, scoring)).toList();
    }

    private static Sweep sweepCountry(ActivityProfiles p, int country, int[] byStart, Set<Pair> linked, boolean[] changed,
                                      Scoring scoring) {
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
                    if (!linked.isEmpty() && linked.contains(new Pair(p.ids[x], p.ids[y]))) {
                        continue;  // the files link them: a hierarchy, not an overlap
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
