package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A coordinator uploads two IATI files at once and follows both to the end on one page, opens the page of a region
 * one of them supports and reads its figures, then reads an activity page and the overlaps on a 390 px phone (the
 * page never scrolls sideways) and the activity page in Arabic (right to left, Latin digits).
 * <p>
 * The files: src/test/resources/iati/regions/regional-programmes.xml (three regional programmes; Western Africa,
 * region 1030, is given by no other test file) and src/test/resources/iati/transactions/us-shape-transaction-level.xml
 * (three activities whose countries and regions are given on their transactions).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concord.import.background=true", "concord.import.poll-interval=300ms", "concord.import.poll-delay=0s"})
// the background worker must not outlive this class: left in the context cache, it would take the import jobs that
// later tests queue and run themselves (ImportWorker.runIfFree), and refuse them while it holds a job's lock
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TwoFilesJourneyTest {

    static final Pattern COUNTS = Pattern.compile(
            "Created: ([\\d,]+) · updated: ([\\d,]+) · unchanged: ([\\d,]+) · rejected: ([\\d,]+)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        // the coordinator coordinates both files' publishers (an earlier import may have entered them already)
        jdbc.update("""
                insert into organisation (slug, type, iati_identifier) values
                ('test-regional-donor', 'BILATERAL_DONOR', 'XM-DAC-7'), ('test-us-state', 'BILATERAL_DONOR', 'US-GOV-1')
                on conflict do nothing""");
        jdbc.update("""
                insert into account (username, display_name, password_hash, must_change_password)
                values ('two-files', 'Two Files Coordinator', ?, false) on conflict (username) do nothing""",
                encoder.encode("two files password 1"));
        jdbc.update("""
                insert into account_grant (account_id, role, organisation_id)
                select a.id, 'COORDINATOR', o.id from account a, organisation o
                where a.username = 'two-files' and lower(o.iati_identifier) in ('xm-dac-7', 'us-gov-1')
                on conflict do nothing""");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        // htmx replaces the list of files while a condition is being checked; check again on the new list
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
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

    @Test
    void importTwoFilesAtOnceFollowBothOpenTheRegionAndReadTheActivityOnAPhoneAndInArabic() throws Exception {
        Browser.signIn(browser, wait, url(""), "two-files", "two files password 1");

        // two files chosen at once in the one file field
        browser.get(url("/activities/import"));
        Path regional = Path.of("src/test/resources/iati/regions/regional-programmes.xml").toAbsolutePath();
        Path us = Path.of("src/test/resources/iati/transactions/us-shape-transaction-level.xml").toAbsolutePath();
        browser.findElement(By.id("files")).sendKeys(regional + "\n" + us);
        Browser.screenshot(browser, "journey-import-form");
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

        wait.until(ExpectedConditions.urlMatches(".*/activities/import/files\\?jobs=\\d+(,|%2C)\\d+$"));
        assertThat(browser.findElements(By.cssSelector("ol.import-files > li"))).hasSize(2);
        // htmx follows both files until the page says they are finished, without a reload
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#files [role=status]"),
                "2 files finished, 0 of them stopped"));
        List<WebElement> files = browser.findElements(By.cssSelector("ol.import-files > li"));
        assertThat(files).hasSize(2);
        assertThat(files).extracting(f -> f.findElement(By.cssSelector("h2 a")).getText())
                .containsExactlyInAnyOrder("regional-programmes.xml", "us-shape-transaction-level.xml");
        for (WebElement file : files) {
            String name = file.findElement(By.cssSelector("h2 a")).getText();
            assertThat(file.findElement(By.cssSelector(".status")).getText()).as(name).isEqualTo("Finished");
            assertThat(file.findElement(By.tagName("progress")).getDomAttribute("value")).as(name).isEqualTo("100");
            assertThat(file.findElements(By.cssSelector("[role=alert]"))).as(name).isEmpty();
            Matcher counts = COUNTS.matcher(file.findElement(By.cssSelector(".meta")).getText());
            assertThat(counts.find()).as(name + ": " + file.getText()).isTrue();
            int created = number(counts.group(1));
            int updated = number(counts.group(2));
            int unchanged = number(counts.group(3));
            // each file holds three activities: all are in Concord, new or already there, none rejected
            assertThat(created + updated + unchanged).as(name).isEqualTo(3);
            assertThat(counts.group(4)).as(name).isEqualTo("0");
        }
        Browser.screenshot(browser, "journey-two-files-finished");

        // each file's own report is one click away
        String regionalReport = browser.findElement(By.linkText("regional-programmes.xml")).getDomAttribute("href");
        browser.get(url(regionalReport));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("regional-programmes.xml");
        assertThat(browser.findElement(By.id("count-rejected")).getText()).isEqualTo("0");

        // the map lists the region; its page has its two activities and the money counted by their shares
        browser.get(url("/map"));
        browser.findElement(By.cssSelector("a[href='/regions/1030']")).click();
        wait.until(ExpectedConditions.urlContains("/regions/1030"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Western Africa, regional");
        List<String> figures = browser.findElements(By.cssSelector(".totals dd")).stream().map(WebElement::getText).toList();
        // 1,000,000 - 200,000 for the West African programme, 60 % of 500,000 for the joint one
        assertThat(figures).containsExactly("2", "≈ 1,100,000 USD", "≈ 250,000 USD");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("West African police cooperation (regional test)",
                        "East and West African border management (regional test)")
                .doesNotContain("Global security sector governance fund (regional test)");
        Browser.screenshot(browser, "journey-region-1030");

        // an activity of the region, on a phone
        browser.findElement(By.linkText("West African police cooperation (regional test)")).click();
        wait.until(ExpectedConditions.urlMatches(".*/activities/\\d+$"));
        String regionalActivity = browser.getCurrentUrl();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("West African police cooperation (regional test)");
        assertNoSidewaysScroll("the regional activity at 390 px");
        Browser.screenshot(browser, "journey-activity-regional-390px");

        // an activity whose countries are given on its transactions, with their details, on a phone
        long police = jdbc.queryForObject("select id from activity where iati_identifier = 'US-GOV-1-TEST-FM-POLICE'", Long.class);
        browser.get(url("/activities/" + police));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Community policing and justice support, Micronesia (test)");
        // a transaction's details open under it: its description, as the file gives it
        WebElement details = browser.findElement(By.cssSelector(".transaction-details details"));
        assertThat(details.getText()).doesNotContain("Obligation");
        details.findElement(By.tagName("summary")).click();
        assertThat(details.getText()).contains("Obligation");
        assertNoSidewaysScroll("the activity with transaction details at 390 px");
        Browser.screenshot(browser, "journey-activity-transactions-390px");

        browser.get(url("/overlaps"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertNoSidewaysScroll("the overlaps at 390 px");
        Browser.screenshot(browser, "journey-overlaps-390px");

        // the audit log's checkpoints, public: the signing key and the signatures wrap or scroll in themselves
        browser.get(url("/audit/checkpoints"));
        assertThat(browser.findElement(By.id("public-key")).getText()).contains("BEGIN PUBLIC KEY");
        assertNoSidewaysScroll("the audit checkpoints at 390 px");
        Browser.screenshot(browser, "journey-checkpoints-390px");

        // the same activity in Arabic: right to left, its figures in Latin digits, still no sideways scroll
        browser.get(regionalActivity + "?lang=ar");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
        String arabic = browser.findElement(By.tagName("main")).getText();
        assertThat(arabic).as("Arabic-Indic digits").doesNotContainPattern("[\\u0660-\\u0669\\u06F0-\\u06F9]");
        assertThat(arabic).contains("1,000,000 USD").contains("-200,000 USD");
        assertNoSidewaysScroll("the activity in Arabic at 390 px");
        Browser.screenshot(browser, "journey-activity-regional-390px-ar");
    }

    private void assertNoSidewaysScroll(String what) {
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(viewport).as(what + ": the browser's viewport").isLessThanOrEqualTo(390);
        assertThat(page).as(what + ": the page's width (a wider page scrolls sideways)").isLessThanOrEqualTo(viewport);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits.replace(",", ""));
    }
}
