package org.concord.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.ConcordApplication;
import org.concord.audit.EntityChanged;
import org.concord.shared.database.EmbeddedDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Audited writes per second with 1, 4 and 16 concurrent writers (README: "Benchmark"). Each write is one transaction
 * that publishes an {@link EntityChanged}, as every service's command does, and commits; the audit log appends its row
 * in that transaction. The database is configured as for real data (fsync and synchronous commits on), so a commit
 * waits for the disk: what matters is whether writers wait for each other's commits as well.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.concord.benchmark.AuditBenchmark -Dexec.args="10"</pre>
 * (argument: seconds measured per number of writers)
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        System.out.printf("Concord audit benchmark: %d s per run, %d cores%n", seconds,
                Runtime.getRuntime().availableProcessors());
        Path directory = Path.of("target", "audit-benchmark-postgres-" + ProcessHandle.current().pid());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConcordApplication.class).run(
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--server.port=0", "--concord.import.background=false", "--concord.overlaps.background=false",
                "--spring.datasource.hikari.maximum-pool-size=24", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.org.concord=warn")) {
            TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
            ApplicationEventPublisher events = app;
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            for (int writers : new int[] {1, 4, 16}) {
                run(writers, 2, transactions, events); // warm-up
                long written = run(writers, seconds, transactions, events);
                System.out.printf("%2d writers: %,8.0f audited writes/s (%,d in %d s)%n", writers,
                        written / (double) seconds, written, seconds);
            }
            System.out.printf("audit rows: %,d%n", jdbc.queryForObject("select count(*) from audit_entry", Long.class));
        } finally {
            EmbeddedDatabase.stop(directory);
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    private static long run(int writers, int seconds, TransactionTemplate transactions, ApplicationEventPublisher events)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong written = new AtomicLong();
        CountDownLatch done = new CountDownLatch(writers);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                try {
                    long i = 0;
                    while (!stop.get()) {
                        long n = i++;
                        transactions.executeWithoutResult(tx -> events.publishEvent(EntityChanged.diff(
                                "benchmark", writer + "-" + n, "updated", Map.of("value", n), Map.of("value", n + 1))));
                        if (!stop.get()) {
                            written.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        done.await();
        return written.get();
    }
}
