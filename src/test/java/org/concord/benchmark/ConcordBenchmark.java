package org.concord.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.concord.ConcordApplication;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiWriter;
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
 * Concord's speed on synthetic but realistic data (README: "Benchmark"). Prints import rate beside the raw StAX
 * parse rate of the same files, overlap detection beside a naive SQL self-join (and whether both found the same
 * candidate pairs), p50/p99 of the filtered activity list API, and the public pages under load (50 connections:
 * requests/s, p50, p99; {@link PageLoad}).
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.concord.benchmark.ConcordBenchmark -Dexec.args="100000 5000 full"</pre>
 * (third argument: the naive self-join over "full" = every country, "sample" = every tenth, or "none"; a fourth,
 * "keep", keeps the database for the next run with "keep", which then measures the pages only)
 */
public final class ConcordBenchmark {

    private static final int PER_FILE = 10_000;

    private ConcordBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int organisations = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        String naive = args.length > 2 ? args[2] : "full";
        // "keep": the database stays in target/benchmark-postgres-kept for the next run, which imports nothing and
        // measures the pages only (the same activities: generation is seeded)
        boolean keep = args.length > 3 && "keep".equals(args[3]);
        System.out.printf("Concord benchmark: %,d activities, %,d organisations, 150 countries, %d cores%n", n,
                organisations, Runtime.getRuntime().availableProcessors());
        // a database configured as for real data (fsync and synchronous commits on), in a directory of its own
        java.nio.file.Path directory = java.nio.file.Path.of("target", "benchmark-postgres-"
                + (keep ? "kept" : String.valueOf(ProcessHandle.current().pid())));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ConcordApplication.class).run(
                "--concord.database.directory=" + directory, "--concord.database.temporary=false",
                "--server.port=0", "--concord.import.background=false",
                // detection is measured on its own below, not left running behind the next file's import
                "--concord.overlaps.background=false",
                // the test resources (on this classpath) switch this off for tests; the benchmark measures the default
                "--concord.activities.counts-kept=10s", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--logging.level.org.concord=warn")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<String> countries = jdbc.queryForList("select code from country where region_code is not null order by code limit 150", String.class);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            if (keep && jdbc.queryForObject("select count(*) from activity", Long.class) >= n) {
                System.out.println("kept database: import, detection and list API measured in the run that made it");
                pages(port, countries);
                return;
            }

            // --- generate
            long t0 = System.nanoTime();
            SyntheticActivities synthetic = new SyntheticActivities(42, countries, organisations);
            List<byte[]> files = new ArrayList<>();
            for (int start = 0; start < n; start += PER_FILE) {
                List<IatiActivity> batch = new ArrayList<>();
                for (int i = start; i < Math.min(n, start + PER_FILE); i++) {
                    batch.add(synthetic.next(i));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new IatiWriter().write(batch, out, Instant.now());
                files.add(out.toByteArray());
            }
            long bytes = files.stream().mapToLong(f -> f.length).sum();
            System.out.printf("generated %d files, %,d MB, in %.1f s%n", files.size(), bytes / 1_000_000, seconds(t0));

            // --- raw parse
            t0 = System.nanoTime();
            int[] parsed = {0};
            for (byte[] file : files) {
                new IatiReader().read(new ByteArrayInputStream(file), r -> parsed[0]++);
            }
            double parseSeconds = seconds(t0);
            System.out.printf("raw StAX parse:        %,10.0f activities/s (%,d in %.1f s)%n", parsed[0] / parseSeconds, parsed[0], parseSeconds);

            // --- import
            Actor operator = new Actor(0, "benchmark", Set.of(new Grant(Role.ADMIN, null)));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> operator, null, List.of()));
            SecurityContextHolder.setContext(context);
            BenchmarkHooks hooks = new BenchmarkHooks(app);
            t0 = System.nanoTime();
            for (int i = 0; i < files.size(); i++) {
                hooks.importFile("bench-" + i + ".xml", files.get(i));
            }
            double importSeconds = seconds(t0);
            long stored = jdbc.queryForObject("select count(*) from activity", Long.class);
            System.out.printf("import with persistence:%,9.0f activities/s (%,d stored in %.1f s; check, parse, "
                    + "one transaction per activity, audit row each; %d lanes)%n", stored / importSeconds, stored, importSeconds,
                    app.getEnvironment().getProperty("concord.import.writers", Integer.class, 3));
            // what autovacuum does soon after a large import anyway; done here so that it does not run during the
            // list measurements below
            org.concord.shared.database.OwnerDatabase.jdbc(app).execute("vacuum analyze");

            // --- overlaps
            hooks.overlaps(naive);

            // --- list API
            HttpClient http = HttpClient.newHttpClient();
            Random random = new Random(7);
            String[] areas = {"POLICE_REFORM", "JUSTICE_CORRECTIONS", "DEFENCE_REFORM", "BORDER_MANAGEMENT", "ANTI_CORRUPTION"};
            String[] words = {"police", "border", "prison", "integrity", "oversight"};
            List<Long> micros = new ArrayList<>();
            String[] kinds = {"country", "country and area", "words and year", "area and status, by budget"};
            List<List<Long>> byKind = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            java.util.Map<String, Long> slowest = new java.util.TreeMap<>();
            for (int i = 0; i < 1_100; i++) {
                String query = switch (i % 4) {
                    case 0 -> "country=" + countries.get(random.nextInt(countries.size()));
                    case 1 -> "country=" + countries.get(random.nextInt(countries.size())) + "&area=" + areas[random.nextInt(areas.length)];
                    case 2 -> "q=" + words[random.nextInt(words.length)] + "&year=" + (2016 + random.nextInt(8));
                    default -> "area=" + areas[random.nextInt(areas.length)] + "&status=2&sort=budget";
                };
                long s = System.nanoTime();
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/activities?" + query)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = (System.nanoTime() - s) / 1_000;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(query + " → " + response.statusCode());
                }
                if (i >= 100) {
                    micros.add(took);
                    byKind.get(i % 4).add(took);
                    slowest.put(String.format("%08d %s", took, query), took);
                    if (slowest.size() > 5) {
                        slowest.remove(((java.util.TreeMap<String, Long>) slowest).firstKey());
                    }
                }
            }
            long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("list API (%d filtered requests over HTTP): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    sorted.length, sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0,
                    sorted[sorted.length - 1] / 1000.0);
            for (int k = 0; k < kinds.length; k++) {
                long[] ofKind = byKind.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("  %-28s p50 %.1f ms, p99 %.1f ms%n", kinds[k] + ":", ofKind[ofKind.length / 2] / 1000.0,
                        ofKind[(int) (ofKind.length * 0.99)] / 1000.0);
            }
            System.out.println("  slowest: " + slowest.keySet().stream().map(q -> q.substring(9) + " "
                    + slowest.get(q) / 1000 + " ms").toList());

            // --- pages people open, one request at a time (under load: pages() below)
            String country = countries.get(countries.size() / 2);
            for (String page : List.of("/activities", "/api/v1/activities?facets=true", "/activities?area=JUSTICE_CORRECTIONS", "/countries/" + country,
                    "/api/v1/countries/" + country + "/who-does-what", "/api/v1/map?measure=budget", "/map")) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    long s = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + page)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(page + " → " + response.statusCode());
                    }
                    if (i >= 2) {
                        times.add((System.nanoTime() - s) / 1_000);
                    }
                }
                long[] t = times.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("page %-45s median %.1f ms, slowest %.1f ms%n", page, t[t.length / 2] / 1000.0,
                        t[t.length - 1] / 1000.0);
            }
            pages(port, countries);
            drafts(app, jdbc, countries, operator);
        } finally {
            org.concord.shared.database.EmbeddedDatabase.stop(directory);
            if (!keep) {
                org.springframework.util.FileSystemUtils.deleteRecursively(directory);
            }
        }
    }

    /**
     * The public pages under load (issue 18: 200 requests/s, p99 under 100 ms, 50 connections, 2 cores):
     * {@code -Dconcord.benchmark.connections} (50) readers for {@code -Dconcord.benchmark.seconds} (10) per page.
     */
    static void pages(int port, List<String> countries) throws InterruptedException {
        int connections = Integer.getInteger("concord.benchmark.connections", 50);
        int seconds = Integer.getInteger("concord.benchmark.seconds", 10);
        String country = countries.get(countries.size() / 2);
        new PageLoad(port, connections, Duration.ofSeconds(3), Duration.ofSeconds(seconds)).run(List.of(
                "/", "/organisations", "/activities", "/countries/" + country, "/map", "/api/v1/map",
                "/css/concord.css"));
    }

    /**
     * Drafts: with one activity in a hundred a draft, the filtered list (in the process, without HTTP) for a reader
     * who sees no draft, for a member of the organisation with the most drafts (its drafts and every published
     * activity), and for an administrator (every activity).
     */
    static void drafts(ConfigurableApplicationContext app, JdbcTemplate jdbc, List<String> countries, Actor administrator) {
        jdbc.update("update activity set published = false where id % 100 = 0");
        jdbc.execute("vacuum analyze activity");
        Long organisation = jdbc.queryForObject("""
                select reporting_organisation_id from activity where not published and reporting_organisation_id is not null
                group by 1 order by count(*) desc limit 1""", Long.class);
        long drafts = jdbc.queryForObject("select count(*) from activity where not published", Long.class);
        long own = jdbc.queryForObject("select count(*) from activity where not published and reporting_organisation_id = ?",
                Long.class, organisation);
        System.out.printf("drafts: %,d (the member's organisation: %,d)%n", drafts, own);
        org.concord.projects.internal.activities.ActivityService service =
                app.getBean(org.concord.projects.internal.activities.ActivityService.class);
        java.util.Map<String, Actor> readers = new java.util.LinkedHashMap<>();
        readers.put("nobody signed in", null);
        readers.put("member of an organisation", new Actor(1, "bench-member", Set.of(new Grant(Role.TRAINEE, organisation))));
        readers.put("administrator", administrator);
        String[] areas = {"POLICE_REFORM", "JUSTICE_CORRECTIONS", "DEFENCE_REFORM", "BORDER_MANAGEMENT", "ANTI_CORRUPTION"};
        String[] words = {"police", "border", "prison", "integrity", "oversight"};
        // the readers take turns, round after round, so that what the machine does meanwhile falls on each alike
        java.util.Map<String, List<Long>> micros = new java.util.LinkedHashMap<>();
        readers.keySet().forEach(r -> micros.put(r, new ArrayList<>()));
        for (int round = 0; round < 4; round++) {
            for (var reader : readers.entrySet()) {
                var context = SecurityContextHolder.createEmptyContext();
                if (reader.getValue() != null) {
                    Actor actor = reader.getValue();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> actor, null, List.of()));
                }
                SecurityContextHolder.setContext(context);
                Random random = new Random(7 + round);
                for (int i = 0; i < 150; i++) {
                    String country = countries.get(random.nextInt(countries.size()));
                    String area = areas[random.nextInt(areas.length)];
                    org.concord.projects.internal.activities.ActivityQuery query = switch (i % 4) {
                        case 0 -> new org.concord.projects.internal.activities.ActivityQuery(country, null, null, null, null, null, null, null, null, null, 0, 25);
                        case 1 -> new org.concord.projects.internal.activities.ActivityQuery(country, area, null, null, null, null, null, null, null, null, 0, 25);
                        case 2 -> new org.concord.projects.internal.activities.ActivityQuery(null, null, null, null, null, 2016 + random.nextInt(8), null, null, words[random.nextInt(words.length)], null, 0, 25);
                        default -> new org.concord.projects.internal.activities.ActivityQuery(null, area, null, null, "2", null, null, null, null, "budget", 0, 25);
                    };
                    long s = System.nanoTime();
                    service.list(query, false, java.util.Locale.ENGLISH);
                    if (i >= 30) {
                        micros.get(reader.getKey()).add((System.nanoTime() - s) / 1_000);
                    }
                }
            }
        }
        micros.forEach((reader, taken) -> {
            long[] sorted = taken.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("list as %-27s p50 %.1f ms, p99 %.1f ms (%d filtered lists, in the process)%n", reader + ":",
                    sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0, sorted.length);
        });
        // of which: deciding which drafts the member sees (the organisations below theirs, from the directory)
        var context = SecurityContextHolder.createEmptyContext();
        Actor member = readers.get("member of an organisation");
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActorPrincipal) () -> member, null, List.of()));
        SecurityContextHolder.setContext(context);
        org.concord.projects.internal.ActivityPermissions permissions =
                app.getBean(org.concord.projects.internal.ActivityPermissions.class);
        List<Long> deciding = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long s = System.nanoTime();
            permissions.draftVisibility();
            if (i >= 50) {
                deciding.add((System.nanoTime() - s) / 1_000);
            }
        }
        long[] sorted = deciding.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("  of which the member's draft visibility: p50 %.1f ms, p99 %.1f ms%n", sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.99)] / 1000.0);
        SecurityContextHolder.clearContext();
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String duration(Duration d) {
        return String.format("%.2f s", d.toMillis() / 1000.0);
    }

    static String list(long[] values) {
        return Arrays.toString(values);
    }
}
