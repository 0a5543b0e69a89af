package org.concord.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.ConcordApplication;
import org.concord.TestActors;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.concord.oversight.internal.cases.CaseFilter;
import org.concord.oversight.internal.cases.CaseService;
import org.concord.shared.database.EmbeddedDatabase;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The oversight module under load (README: "Oversight cases"), each figure printed as p50/p99 beside its target and
 * the machine's load average: an officer's filtered case list over 100,000 cases in 50 bodies (target p99 < 50 ms);
 * a body's public statistics page computed (each body once, then again after a case moved) and kept by the page cache
 * (target < 100 ms); intake of a report with a 5 MB attachment through the public API (target < 1 s); and two
 * concurrent scenarios with the officers' list timed during each (target: no slow-down): 50 submitters on one channel
 * (the rate limit refuses most), and 50 submitters on 50 channels (every report accepted, sealed within the intake's
 * bulkhead). Prints figures; asserts nothing.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.concord.benchmark.OversightBenchmark -Dexec.args="50 2000"</pre>
 * (arguments: bodies, cases per body)
 */
public final class OversightBenchmark {

    private OversightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int bodies = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int perBody = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        System.out.printf("Concord oversight benchmark: %,d cases in %d bodies, %d cores%n", bodies * perBody, bodies,
                Runtime.getRuntime().availableProcessors());
        Path directory = Path.of("target", "oversight-benchmark-postgres-" + ProcessHandle.current().pid());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConcordApplication.class).run(
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--server.port=0", "--concord.import.background=false", "--concord.overlaps.background=false",
                "--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.org.concord=warn")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            long start = System.nanoTime();
            List<Long> ids = SyntheticCases.create(jdbc, bodies, perBody);
            System.out.printf("seeded in %.1f s (load average %s)%n", (System.nanoTime() - start) / 1e9, load());
            CaseService cases = app.getBean(CaseService.class);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));

            caseList(cases, ids, 300, "warm-up", null);
            caseList(cases, ids, 2000, "officer's case list, filtered first pages of 25 (in process)", "p99 < 50 ms");

            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            // each body's page once: computed, as after any change to a case; then one page again and again: kept
            List<Double> times = new ArrayList<>();
            for (long body : ids) {
                times.add(get(http, port, "/oversight/bodies/" + body + "/statistics"));
            }
            print("public statistics page of a body with " + perBody + " cases, computed (each body once, HTTP)",
                    times, "< 100 ms");
            times.clear();
            for (int round = 0; round < 3; round++) {
                // a case moves: every page must be computed again
                jdbc.queryForObject("select nextval('oversight_case_version')", Long.class);
                for (long body : ids) {
                    times.add(get(http, port, "/oversight/bodies/" + body + "/statistics"));
                }
            }
            print("the same, computed again after a case moved (3 rounds of 50, warm)", times, "< 100 ms");
            times.clear();
            for (int i = 0; i < 200; i++) {
                times.add(get(http, port, "/oversight/bodies/" + ids.get(0) + "/statistics"));
            }
            print("the same page kept by the public page cache", times, "< 100 ms");

            String slug = intakeChannel(jdbc, ids.get(0), "bench-intake-" + ids.get(0));
            byte[] pdf = new byte[5 * 1024 * 1024];
            new Random(1).nextBytes(pdf);
            System.arraycopy("%PDF-1.4\n".getBytes(), 0, pdf, 0, 9);
            String big = report(Base64.getEncoder().encodeToString(pdf));
            times = new ArrayList<>();
            for (int i = 0; i < 13; i++) {
                long t = System.nanoTime();
                int code = post(http, port, slug, big);
                if (code != 201) {
                    throw new IllegalStateException("intake: " + code);
                }
                if (i >= 3) {
                    times.add((System.nanoTime() - t) / 1e6);
                }
            }
            print("intake of a report with a 5 MB attachment, public API (Argon2id, encryption, blob store; 10 after 3 "
                    + "warm-up)", times, "< 1 s");

            String flooded = intakeChannel(jdbc, ids.get(1), "bench-flood-" + ids.get(1));
            submitters(http, port, List.of(flooded), cases, ids,
                    "50 concurrent submitters on ONE channel (the rate limit refuses most)");
            List<String> many = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                many.add(intakeChannel(jdbc, ids.get(i % ids.size()), "bench-many-" + i));
            }
            submitters(http, port, many, cases, ids,
                    "50 concurrent submitters on 50 channels (each report accepted and sealed, within the bulkhead)");
        } finally {
            EmbeddedDatabase.stop(directory);
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    /** Random officers (each of one body) asking for random filtered first pages; returns p50 and p99 in ms. */
    private static double[] caseList(CaseService cases, List<Long> bodies, int requests, String label, String target) {
        Random random = new Random(requests);
        List<Double> times = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < requests; i++) {
            long body = bodies.get(random.nextInt(bodies.size()));
            CaseFilter filter = switch (i % 5) {
                case 0 -> new CaseFilter(CaseStatus.RECEIVED, null, null, null, true, null, null, 0, 25);
                case 1 -> new CaseFilter(null, null, Category.values()[random.nextInt(10)], null, null, null, null, 0, 25);
                case 2 -> new CaseFilter(null, null, null, null, null, true, null, random.nextInt(3), 25);
                case 3 -> new CaseFilter(null, null, null, null, true, null, null, random.nextInt(5), 25);
                default -> new CaseFilter(CaseStatus.UNDER_INVESTIGATION, null, null, null, null, null, null, 0, 25);
            };
            long t = System.nanoTime();
            try {
                TestActors.runAs(TestActors.as("bench-officer-" + body, new Grant(Role.OVERSIGHT_OFFICER, body)),
                        () -> cases.list(filter, Locale.ENGLISH));
                times.add((System.nanoTime() - t) / 1e6);
            } catch (RuntimeException e) {
                failed++;
            }
        }
        if (failed > 0) {
            System.out.printf("  %d of %d list requests failed (no database connection free in time)%n", failed, requests);
        }
        return target == null || times.isEmpty() ? new double[0] : print(label, times, target);
    }

    /**
     * 50 submitters posting small reports (a short text attachment), spread over {@code slugs}, each sending its next
     * report as soon as it has the answer to the last, while officers' lists are timed in the same JVM.
     */
    private static void submitters(HttpClient http, int port, List<String> slugs, CaseService cases, List<Long> bodies,
                                   String label) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong accepted = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        AtomicLong overloaded = new AtomicLong();
        AtomicLong other = new AtomicLong();
        List<Double> acceptedTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        String small = report(Base64.getEncoder().encodeToString("plain text evidence".getBytes()));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String slug = slugs.get(i % slugs.size());
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        long t = System.nanoTime();
                        int code = post(http, port, slug, small);
                        if (code == 201) {
                            accepted.incrementAndGet();
                            acceptedTimes.add((System.nanoTime() - t) / 1e6);
                        } else {
                            (code == 429 ? limited : code == 503 ? overloaded : other).incrementAndGet();
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        System.out.println(label + ", load average " + load() + ":");
        long start = System.nanoTime();
        caseList(cases, bodies, 500, "  officer's case list meanwhile", "p99 < 50 ms, no slow-down");
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join(15000);
        }
        System.out.printf("  intake for %.0f s: %d accepted (%.1f/s), %d refused by the rate limit (429), %d refused as "
                + "overloaded (503), %d other answers; rate limit: concord.oversight.intake-per-minute, 30 a channel%n",
                seconds, accepted.get(), accepted.get() / seconds, limited.get(), overloaded.get(), other.get());
        if (!acceptedTimes.isEmpty()) {
            print("  accepted submissions' time", new ArrayList<>(acceptedTimes), "-");
        }
    }

    private static String intakeChannel(JdbcTemplate jdbc, long body, String slug) {
        jdbc.update("insert into oversight_channel (organisation_id, slug, questionnaire, created_at, updated_at) values "
                + "(?, ?, ?::jsonb, now(), now())", body, slug,
                "{\"questions\": [{\"key\": \"what\", \"kind\": \"LONG_TEXT\", \"required\": true, \"labels\": {\"en\": \"What happened?\"}},"
                        + " {\"key\": \"evidence\", \"kind\": \"FILE\", \"required\": false, \"labels\": {\"en\": \"Evidence\"}}]}");
        long channel = jdbc.queryForObject("select id from oversight_channel where slug = ?", Long.class, slug);
        jdbc.update("insert into oversight_channel_text (channel_id, language, name) values (?, 'en', 'Intake')", channel);
        jdbc.update("insert into oversight_channel_category (channel_id, category) values (?, 'OTHER')", channel);
        byte[] recovery = new byte[32];
        new Random(body).nextBytes(recovery);
        jdbc.update("insert into oversight_recovery_key (organisation_id, public_key, created_at) values (?, ?, now()) "
                + "on conflict do nothing", body, recovery);
        return slug;
    }

    private static String report(String base64) {
        return "{\"category\": \"OTHER\", \"answers\": {\"what\": [\"A benchmark report.\"]}, \"anonymous\": true, "
                + "\"attachments\": [{\"question\": \"evidence\", \"fileName\": \"evidence.pdf\", \"contentBase64\": \""
                + base64 + "\"}]}";
    }

    private static double get(HttpClient http, int port, String path) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode());
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static int post(HttpClient http, int port, String slug, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/oversight/channels/"
                        + slug + "/reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static double[] print(String label, List<Double> times, String target) {
        List<Double> sorted = times.stream().sorted().toList();
        double p50 = sorted.get(sorted.size() / 2);
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.printf("%s: n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms (target %s; load average %s)%n", label,
                sorted.size(), p50, p99, sorted.get(sorted.size() - 1), target, load());
        return new double[] {p50, p99};
    }

    /** The machine's load averages over 1, 5 and 15 minutes, as uptime shows them. */
    private static String load() {
        try {
            String[] parts = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
