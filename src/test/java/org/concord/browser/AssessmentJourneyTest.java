package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An institution's coordinator completes a self-assessment, an evaluator from another organisation reviews and
 * publishes it, and the institution's assessment page shows the band to anyone, on a phone and in Arabic too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    ChromeDriver browser;
    WebDriverWait wait;
    long ministry;

    @BeforeEach
    void setUp() throws Exception {
        ministry = organisation("journey-defence-ministry", "Ministry of Defence (journey)");
        long office = organisation("journey-integrity-office", "Defence Integrity Office (journey)");
        account("assess-coordinator", "COORDINATOR", ministry);
        account("assess-evaluator", "EVALUATOR", office);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private long organisation(String slug, String name) {
        jdbc.update("insert into organisation (slug, type, created_at, updated_at) values (?, 'NATIONAL_GOVERNMENT', now(), now()) "
                + "on conflict (slug) do nothing", slug);
        long id = jdbc.queryForObject("select id from organisation where slug = ?", Long.class, slug);
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?) on conflict do nothing", id, name);
        return id;
    }

    private void account(String username, String role, long organisationId) {
        jdbc.update("""
                insert into account (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, false) on conflict (username) do nothing""", username, username, encoder.encode(username + " password 1"));
        jdbc.update("""
                insert into account_grant (account_id, role, organisation_id)
                select id, ?, ? from account where username = ? on conflict do nothing""", role, organisationId, username);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The coordinator writes the questionnaire through the API (there is no page for writing templates). */
    private long template() throws Exception {
        String json;
        try (var in = getClass().getResourceAsStream("/standards/assessment-template.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8).formatted("journey-" + System.nanoTime());
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/standards/assessments/templates")))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "assess-coordinator:assess-coordinator password 1".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.body().replaceFirst("(?s)^\\{\"id\":(\\d+),.*", "$1"));
    }

    private void score(int row, int score) {
        browser.findElement(By.cssSelector("label[for='rows-" + row + "-score-" + score + "']")).click();
    }

    @Test
    void selfAssessmentThenPeerReviewThenTheInstitutionPageShowsTheBand() throws Exception {
        long template = template();
        Browser.signIn(browser, wait, url(""), "assess-coordinator", "assess-coordinator password 1");
        browser.get(url("/standards/assessments/institutions/" + ministry));
        new Select(browser.findElement(By.id("templateId"))).selectByValue(String.valueOf(template));
        browser.findElement(By.cssSelector("section[aria-labelledby=start-heading] button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/standards/assessments/\\d+/self-assessment$"));
        String assessment = browser.getCurrentUrl().replaceFirst(".*/standards/assessments/(\\d+)/.*", "$1");

        score(0, 3);
        browser.findElement(By.id("rows-0-justification")).sendKeys("The committee reads the main headings.");
        browser.findElement(By.id("rows-0-evidence")).sendKeys("https://parliament.example/minutes/12");
        score(1, 4);
        browser.findElement(By.cssSelector("button[value=save]")).click();   // a draft first
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Draft saved."));
        assertThat(browser.findElement(By.id("rows-0-score-3")).isSelected()).isTrue();
        browser.findElement(By.cssSelector("button[value=submit]")).click();  // FIN-1 is not scored: refused
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rows-2-score-error")));
        assertThat(browser.findElement(By.id("rows-2-score-error")).getText()).isEqualTo("Score question FIN-1 first.");
        score(2, 2);
        Browser.screenshot(browser, "assessment-self");
        browser.findElement(By.cssSelector("button[value=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/standards/assessments/\\d+$"));
        assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("Awaiting peer review");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, url(""), "assess-evaluator", "assess-evaluator password 1");
        browser.get(url("/standards/assessments/" + assessment));
        browser.findElement(By.linkText("Review this assessment")).click();
        score(0, 2);
        browser.findElement(By.id("rows-0-comment")).sendKeys("Only the main headings are discussed.");
        score(1, 3);
        score(2, 2);
        browser.findElement(By.cssSelector("button[value=complete]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The peer review is complete."));
        // side by side: the institution said 88 (A) for political oversight, the evaluator 63 (C)
        String oversight = browser.findElement(By.cssSelector("table.side-by-side tbody tr")).getText();
        assertThat(oversight).contains("Political oversight", "88 A", "63 C", "-25");
        browser.findElement(By.cssSelector("form[action$='/publish'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The assessment is now public."));

        // anyone: the institution's page shows the peer review's band (56.25 -> 56: C)
        browser.manage().deleteAllCookies();
        browser.get(url("/standards/assessments/institutions/" + ministry));
        assertThat(browser.findElement(By.cssSelector(".overall-band .band")).getText()).isEqualTo("C");
        assertThat(browser.findElement(By.cssSelector(".overall-band")).getText()).contains("56 out of 100");
        assertThat(browser.findElement(By.cssSelector(".latest-bands table")).getText())
                .contains("Political oversight 63 C", "Finances 50 C");
        Browser.screenshot(browser, "assessment-institution");

        // on a phone, in Arabic: the pages mirror and nothing scrolls sideways
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.findElement(By.cssSelector(".languages a[lang=ar]")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        assertThat(browser.findElement(By.cssSelector(".overall-band .band")).getText()).isEqualTo("C");
        fitsTheScreen("assessment-institution-ar-390px");
        browser.get(url("/standards/assessments/" + assessment));
        fitsTheScreen("assessment-detail-ar-390px");
    }

    private void fitsTheScreen(String screenshot) throws Exception {
        Browser.screenshot(browser, screenshot);
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(viewport).isLessThanOrEqualTo(390);
        assertThat(page).as("the page's width on a phone").isLessThanOrEqualTo(viewport);
    }
}
