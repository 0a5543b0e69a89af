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

    /** Overlap detection over every activity, beside a naive SQL self-join that finds the candidate pairs. */
    void overlaps() {
        OverlapDetector detector = app.getBean(OverlapDetector.class);
        long t0 = System.nanoTime();
        org.concord.projects.internal.overlap.DetectionReport report = detector.recomputeAll();
        double detection = ConcordBenchmark.seconds(t0);
        System.out.printf("overlap detection:     %.2f s for %,d activities (%,d candidate pairs scored, %,d kept above the threshold)%n",
                detection, report.activities(), report.candidatePairs(), report.keptPairs());

        t0 = System.nanoTime();
        Set<OverlapDetector.Pair> sweep = detector.candidatePairs();
        double sweepSeconds = ConcordBenchmark.seconds(t0);
        t0 = System.nanoTime();
        Set<OverlapDetector.Pair> naive = detector.naiveCandidatePairs();
        double naiveSeconds = ConcordBenchmark.seconds(t0);
        System.out.printf("candidate pairs:       sweep %.2f s, naive SQL self-join %.2f s (%.0f× faster); same pairs: %s (%,d)%n",
                sweepSeconds, naiveSeconds, naiveSeconds / Math.max(sweepSeconds, 1e-6), sweep.equals(naive), sweep.size());
        if (!sweep.equals(naive)) {
            throw new IllegalStateException("the sweep and the self-join found different candidate pairs");
        }
    }
}
