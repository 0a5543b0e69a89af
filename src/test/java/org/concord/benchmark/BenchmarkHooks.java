package org.concord.benchmark;

import java.io.ByteArrayInputStream;
import java.util.Set;
import org.concord.projects.internal.imports.ImportJob;
import org.concord.projects.internal.imports.ImportService;
import org.concord.projects.internal.overlap.OverlapDetector;
import org.springframework.context.ApplicationContext;

/** The parts of Concord the benchmark drives. */
final class BenchmarkHooks {

    private final ApplicationContext app;

    BenchmarkHooks(ApplicationContext app) {
        this.app = app;
    }

    void importFile(String name, byte[] content) {
        ImportService imports = app.getBean(ImportService.class);
        ImportJob job = imports.runNow(imports.submit(name, new ByteArrayInputStream(content)).id());
        if (!"DONE".equals(job.status())) {
            throw new IllegalStateException(name + ": " + job.status() + " " + job.error());
        }
    }

    /**
     * Overlap detection over every activity, beside a naive SQL self-join that finds the candidate pairs:
     * {@code naiveMode} "full" (every country), "sample" (every tenth country) or "none".
     */
    void overlaps(String naiveMode) {
        OverlapDetector detector = app.getBean(OverlapDetector.class);
        long t0 = System.nanoTime();
        org.concord.projects.internal.overlap.DetectionReport report = detector.recomputeAll();
        double detection = ConcordBenchmark.seconds(t0);
        System.out.printf("overlap detection:     %.2f s for %,d activities (%,d candidate pairs scored, %,d kept above the threshold)%n",
                detection, report.activities(), report.candidatePairs(), report.keptPairs());

        if ("none".equals(naiveMode)) {
            return;
        }
        // the self-join is quadratic in each country's activities: at 100,000 it runs for half an hour, so it can
        // be asked for on every tenth country instead, both methods over the same countries
        java.util.List<String> countries = null;
        if ("sample".equals(naiveMode)) {
            java.util.List<String> all = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForList(
                    "select distinct code from activity_country order by code", String.class);
            countries = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i += 10) {
                countries.add(all.get(i));
            }
        }
        t0 = System.nanoTime();
        Set<OverlapDetector.Pair> sweep = countries == null ? detector.candidatePairs() : detector.candidatePairs(countries);
        double sweepSeconds = ConcordBenchmark.seconds(t0);
        t0 = System.nanoTime();
        org.concord.projects.internal.overlap.NaiveCandidatePairs oracle = new org.concord.projects.internal.overlap.NaiveCandidatePairs(
                app.getBean(org.springframework.jdbc.core.JdbcTemplate.class));
        Set<OverlapDetector.Pair> naive = countries == null ? oracle.all() : oracle.in(countries);
        double naiveSeconds = ConcordBenchmark.seconds(t0);
        System.out.printf("candidate pairs%s: sweep %.2f s, naive SQL self-join %.2f s (%.0f× faster; full detection %.0f× faster); same pairs: %s (%,d)%n",
                countries == null ? "" : " in " + countries.size() + " sampled countries", sweepSeconds, naiveSeconds,
                naiveSeconds / Math.max(sweepSeconds, 1e-6), naiveSeconds / detection, sweep.equals(naive), sweep.size());
        if (!sweep.equals(naive)) {
            throw new IllegalStateException("the sweep and the self-join found different candidate pairs");
        }
    }
}
