package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concord.shared.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two Concord instances on one database, as behind a load balancer: nothing one of them keeps in memory may make the
 * other answer differently. A person signed in on one is signed in on the other; an edit on one is seen at once on
 * the other (reference tables, counts kept per filter); an import queued on one is run once; a scheduled job runs
 * once, on one of them; failed sign-ins on either count towards one limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final String PASSWORD = "first-Start-2026!";
    private static final String NEW_PASSWORD = "Harbour-lantern-Quartz-58";

    private Path directory;
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private String urlA;
    private String urlB;
    /** One browser: its cookies go to both instances, as a load balancer's clients' do. */
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void startTwoInstances() throws Exception {
        directory = Files.createTempDirectory("concord-two-instances-");
        a = start();
        b = start();
        urlA = "http://localhost:" + port(a);
        urlB = "http://localhost:" + port(b);
        signInAndChooseAPassword();
    }

    @AfterAll
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        EmbeddedDatabase.stop(directory);
        FileSystemUtils.deleteRecursively(directory.toFile());
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConcordApplication.class, OnceAcrossInstances.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--db-scheduler.polling-interval=200ms",
                "--concord.database.directory=" + directory, "--concord.database.temporary=true",
                "--concord.admin.password=" + PASSWORD,
                // both instances poll for queued imports, as in production
                "--concord.import.background=true", "--concord.import.poll-interval=200ms",
                "--concord.import.poll-delay=200ms",
                // counts per filter value are kept as in production, so that a stale copy would show
                "--concord.activities.counts-kept=10m");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private void signInAndChooseAPassword() throws Exception {
        HttpResponse<String> signIn = post(urlA + "/sign-in", Map.of("username", "admin", "password", PASSWORD,
                "_csrf", csrf(urlA + "/sign-in")));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // the password is changed on the other instance, in the session the first one made
        HttpResponse<String> changed = post(urlB + "/account/password", Map.of("currentPassword", PASSWORD,
                "newPassword", NEW_PASSWORD, "confirmation", NEW_PASSWORD, "_csrf", csrf(urlB + "/account/password")));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    @Test
    void aPersonSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
        assertThat(get(urlA + "/admin/accounts").statusCode()).isEqualTo(200);
        HttpResponse<String> onB = get(urlB + "/admin/accounts");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("admin");

        HttpClient stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = stranger.send(HttpRequest.newBuilder(URI.create(urlB + "/admin/accounts")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void aRateAddedOnOneInstanceCountsAtOnceOnTheOther() throws Exception {
        // read on B first, so that B holds the rate table in memory
        assertThat(api("GET", urlB + "/api/v1/exchange-rates/XDR/2031", null).statusCode()).isEqualTo(404);
        HttpResponse<String> created = api("POST", urlA + "/api/v1/exchange-rates",
                "{\"currency\":\"XDR\",\"year\":2031,\"usdPerUnit\":1.3}");
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> onB = api("GET", urlB + "/api/v1/exchange-rates/XDR/2031", null);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("1.3");
    }

    @Test
    void anImportQueuedOnOneInstanceRunsOnceAndItsActivitiesAreCountedAtOnceOnTheOther() throws Exception {
        // B counts the list by country before the import, and keeps those counts
        assertThat(api("GET", urlB + "/api/v1/activities?facets=true", null).body()).contains("\"total\":0");

        byte[] file = Files.readAllBytes(Path.of("src/test/resources/iati/activities/dportal-2021-ssr-eu-fpi.xml"));
        HttpResponse<String> queued = browser.send(HttpRequest.newBuilder(URI.create(urlA + "/api/v1/imports"))
                .header("Authorization", basic()).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(queued.statusCode()).isEqualTo(202);
        long job = Long.parseLong(field(queued.body(), "id"));

        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!"DONE".equals(jdbc.queryForObject("select status from import_job where id = ?", String.class, job))) {
            assertThat(System.nanoTime()).as("import finished within a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
        int activities = jdbc.queryForObject("select count(*) from activity", Integer.class);
        assertThat(activities).isPositive();
        // run once: every activity written and audited once, the job's counts add up to the file
        assertThat(jdbc.queryForObject("select sum(created) from import_lane where job_id = ?", Integer.class, job))
                .isEqualTo(activities);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'activity' and action = 'imported'", Integer.class))
                .isEqualTo(activities);

        String onB = api("GET", urlB + "/api/v1/activities?facets=true", null).body();
        assertThat(onB).contains("\"total\":" + activities);
        // the counts B kept from before the import were made again: its one publisher counts every activity
        assertThat(onB).containsPattern("\"funders\":\\[\\{[^\\]]*\"count\":" + activities + "}");
    }

    @Test
    void aPublicPageKeptOnOneInstanceShowsAnEditOnTheOtherAtOnce() throws Exception {
        HttpClient stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String directory = urlB + "/organisations?q=Harbour+Watch";
        // B renders both pages for anonymous readers and keeps them (read twice: the second is the kept one)
        for (int i = 0; i < 2; i++) {
            assertThat(anonymous(stranger, directory)).doesNotContain("Harbour Watch Tallinn");
        }
        long before = a.getBean(JdbcTemplate.class).queryForObject("select count(*) from organisation", Long.class);
        assertThat(anonymous(stranger, urlB + "/")).contains("directory of " + before + " organisations");

        HttpResponse<String> created = api("POST", urlA + "/api/v1/organisations", """
                {"type": "CIVIL_SOCIETY", "names": [{"language": "en", "name": "Harbour Watch Tallinn"}],
                 "countries": ["EE"], "roles": ["OVERSIGHT"]}""");
        assertThat(created.statusCode()).isEqualTo(201);

        assertThat(anonymous(stranger, directory)).contains("Harbour Watch Tallinn");
        assertThat(anonymous(stranger, urlB + "/")).contains("directory of " + (before + 1) + " organisations");
    }

    private static String anonymous(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A job both instances know, as every instance knows every module's jobs; each run records who ran it. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class OnceAcrossInstances {
        @org.springframework.context.annotation.Bean
        com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<Void> twoInstancesJob(JdbcTemplate jdbc,
                org.springframework.core.env.Environment environment) {
            return com.github.kagkarlsson.scheduler.task.helper.Tasks.oneTime("two-instances-job")
                    .execute((instance, context) -> jdbc.update("insert into two_instances_run values (?, ?)",
                            instance.getId(), environment.getProperty("local.server.port")));
        }
    }

    @Test
    void failedSignInsOnEitherInstanceCountTowardsOneLimit() throws Exception {
        // five wrong passwords, three on A and two on B, use up the limit for this username from this address on both
        for (String url : new String[] {urlA, urlB, urlA, urlB, urlA}) {
            assertThat(signInToTheApi(url, "intruder", "guess").statusCode()).isEqualTo(401);
        }
        assertThat(signInToTheApi(urlB, "intruder", "guess").statusCode()).isEqualTo(429);
        assertThat(signInToTheApi(urlA, "intruder", "guess").statusCode()).isEqualTo(429);
    }

    private static HttpResponse<String> signInToTheApi(String url, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/api/v1/notifications"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aScheduledJobRunsOnceOnOneInstance() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        // a table of the test's own, made as the owner would and granted to the application's role
        JdbcTemplate owner = org.concord.shared.database.OwnerDatabase.jdbc(a);
        owner.execute("create table two_instances_run (job text not null, instance text not null)");
        owner.execute("grant select, insert on two_instances_run to " + a.getEnvironment().getProperty("spring.datasource.username"));
        @SuppressWarnings("unchecked")
        var job = (com.github.kagkarlsson.scheduler.task.helper.OneTimeTask<Void>) a.getBean("twoInstancesJob");
        var scheduler = a.getBean(com.github.kagkarlsson.scheduler.SchedulerClient.class);
        java.time.Instant now = java.time.Instant.now();
        for (int i = 0; i < 30; i++) {
            scheduler.scheduleIfNotExists(job.instance("run-" + i), now);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.queryForObject("select count(*) from two_instances_run", Integer.class) < 30) {
            assertThat(System.nanoTime()).as("30 runs within a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
        Thread.sleep(1000); // a second run of any job, were there one, would show now
        assertThat(jdbc.queryForObject("select count(*) from two_instances_run", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(distinct job) from two_instances_run", Integer.class)).isEqualTo(30);
        assertThat(jdbc.queryForList("select distinct instance from two_instances_run", String.class))
                .isSubsetOf(String.valueOf(port(a)), String.valueOf(port(b)));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The API, signed in with HTTP Basic and no session. */
    private static HttpResponse<String> api(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic())
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + NEW_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String csrf(String page) throws Exception {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(get(page).body());
        assertThat(m.find()).as("the page has a CSRF token").isTrue();
        return m.group(1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^,\"}]+)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }
}
