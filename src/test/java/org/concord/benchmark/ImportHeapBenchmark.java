package org.concord.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.concord.ConcordApplication;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiWriter;
import org.concord.projects.internal.imports.ImportJob;
import org.concord.projects.internal.imports.ImportService;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.ActorPrincipal;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How much heap importing a file of the largest size Concord accepts (100 MB) takes (README: "Benchmark"). Generates
 * two files on disk: one of many ordinary activities, and one whose single activity has a 99 MB title; uploads each
 * through {@link ImportService#submit} (size check, pre-import scan, queue) and imports it, then prints the heap's
 * peak during the import, from the heap's memory pools at each garbage collection: the most in use just before one
 * (the high-water mark, garbage included) and the most still in use just after one (what the import really holds).
 * The pools' own peaks, summed, would overstate it: each pool peaks at another moment (661 MB under -Xmx512m).
 * Run it with the heap Concord promises to need, so that it proves it:
 *
 * <pre>MAVEN_OPTS=-Xmx512m ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.concord.benchmark.ImportHeapBenchmark</pre>
 * (Maven's own heap counts too: the figures are of Maven and Concord together.)
 */
public final class ImportHeapBenchmark {

    private static final long FILE_BYTES = 100_000_000L;
    private static final long TITLE_BYTES = 99L * 1024 * 1024;

    private ImportHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Import heap benchmark: -Xmx %d MB, %d cores%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        Path directory = Path.of("target", "benchmark-postgres-" + ProcessHandle.current().pid());
        Path work = Files.createTempDirectory("concord-heap-benchmark");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConcordApplication.class).run(
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--server.port=0", "--concord.import.background=false", "--concord.overlaps.background=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.org.concord=warn")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> countries = jdbc.queryForList(
                    "select code from country where region_code is not null order by code limit 150", String.class);
            Path many = work.resolve("many-activities.xml");
            int activities = writeManyActivities(many, countries);
            System.out.printf("generated %s: %,d bytes, %,d activities%n", many.getFileName(), Files.size(many), activities);
            Path title = work.resolve("one-99-MB-title.xml");
            writeHugeTitle(title, countries);
            System.out.printf("generated %s: %,d bytes, one activity with a title of %,d bytes%n", title.getFileName(),
                    Files.size(title), TITLE_BYTES);

            Actor operator = new Actor(0, "benchmark", Set.of(new Grant(Role.ADMIN, null)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    (ActorPrincipal) () -> operator, null, List.of()));
            SecurityContextHolder.setContext(context);
            ImportService imports = app.getBean(ImportService.class);
            LiveHeap live = LiveHeap.watch();
            for (Path file : List.of(many, title)) {
                System.gc();
                live.reset();
                long baseline = heapUsed();
                long t0 = System.nanoTime();
                String outcome;
                try (InputStream in = Files.newInputStream(file)) {
                    ImportJob job = imports.runNow(imports.submit(file.getFileName().toString(), in).id());
                    outcome = job.status() + ": " + job.created() + " created, " + job.updated() + " updated, "
                            + job.rejected() + " rejected";
                } catch (InvalidInputException e) {
                    outcome = "refused before queueing (" + e.errors().get(0).rule() + ")";
                }
                double seconds = ConcordBenchmark.seconds(t0);
                System.gc();
                System.out.printf("%-24s %s in %.1f s%n", file.getFileName() + ":", outcome, seconds);
                System.out.printf("  heap: %d MB before; during the import at most %d MB in use (just before a collection),"
                                + " %d MB live (just after one); limit %d MB%n", mb(baseline), mb(live.maxBefore()),
                        mb(live.maxAfter()), mb(Runtime.getRuntime().maxMemory()));
            }
        } finally {
            org.concord.shared.database.EmbeddedDatabase.stop(directory);
            org.springframework.util.FileSystemUtils.deleteRecursively(directory);
            org.springframework.util.FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Synthetic activities, written as they are made, until the file holds about {@link #FILE_BYTES}. */
    private static int writeManyActivities(Path file, List<String> countries) throws IOException {
        SyntheticActivities synthetic = new SyntheticActivities(42, countries, 5_000);
        int[] made = {0};
        try (Counting out = new Counting(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            Iterable<IatiActivity> activities = () -> new Iterator<>() {
                @Override
                public boolean hasNext() {
                    // the writer has not flushed the last few activities yet: stop a little short
                    return out.count < FILE_BYTES - 200_000;
                }

                @Override
                public IatiActivity next() {
                    return synthetic.next(made[0]++);
                }
            };
            new IatiWriter().write(activities, out, Instant.now());
        }
        return made[0];
    }

    /** One activity whose title is {@link #TITLE_BYTES} of words, streamed into the file. */
    private static void writeHugeTitle(Path file, List<String> countries) throws IOException {
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        new IatiWriter().write(List.of(new SyntheticActivities(7, countries, 10).next(0)), small, Instant.now());
        String xml = small.toString(StandardCharsets.UTF_8);
        // the title's narrative gives way to the huge one
        int title = xml.indexOf("<narrative>", xml.indexOf("<title>")) + "<narrative>".length();
        int after = xml.indexOf("</narrative>", title);
        byte[] words = "reform of the security sector ".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(xml.substring(0, title).getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < TITLE_BYTES; written += words.length) {
                out.write(words, 0, (int) Math.min(words.length, TITLE_BYTES - written));
            }
            out.write(xml.substring(after).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /**
     * The heap's pools as each garbage collection found and left them: the most in use before one is the heap's
     * high-water mark, the most in use after one what was live, garbage left out.
     */
    private static final class LiveHeap {

        private final AtomicLong before = new AtomicLong();
        private final AtomicLong after = new AtomicLong();

        static LiveHeap watch() {
            LiveHeap live = new LiveHeap();
            Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                    .collect(java.util.stream.Collectors.toSet());
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    live.before.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc(), heap), Math::max);
                    live.after.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc(), heap), Math::max);
                }, null, null);
            }
            return live;
        }

        private static long heapUsed(java.util.Map<String, java.lang.management.MemoryUsage> pools, Set<String> heap) {
            return pools.entrySet().stream().filter(e -> heap.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed()).sum();
        }

        void reset() {
            before.set(0);
            after.set(0);
        }

        long maxBefore() {
            return before.get();
        }

        long maxAfter() {
            return after.get();
        }
    }

    /** Counts what passes, so that generation stops at the size wanted. */
    private static final class Counting extends FilterOutputStream {

        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
