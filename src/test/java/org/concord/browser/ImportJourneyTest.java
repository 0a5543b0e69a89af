package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/** A coordinator uploads an IATI file, watches the progress bar finish, opens the country page and the map. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "concord.import.background=true", "concord.import.poll-interval=300ms", "concord.import.poll-delay=0s"})
// the background worker must not outlive this class: left in the context cache, it would take the import jobs that
// later tests queue and run themselves (ImportWorker.runIfFree), and refuse them while it holds a job's lock
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ImportJourneyTest {

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
        long eu = jdbc.queryForObject("select id from organisation where slug = 'eu'", Long.class);
        jdbc.update("""
                insert into account (username, display_name, password_hash, must_change_password)
                values ('importer', 'Import Coordinator', ?, false) on conflict (username) do nothing""",
                encoder.encode("importer password 1"));
        jdbc.update("""
                insert into account_grant (account_id, role, organisation_id)
                select id, 'COORDINATOR', ? from account where username = 'importer'
                on conflict do nothing""", eu);
        // the file's publisher, the Commission's DG NEAR, sits below the EU in the directory, so that the EU's
        // coordinator may import its activities (an earlier import may have entered it already, at the top)
        jdbc.update("""
                insert into organisation (slug, type, iati_identifier, parent_id)
                values ('eu-dg-near', 'REGIONAL_ORGANISATION', 'XI-IATI-EC_NEAR', ?) on conflict do nothing""", eu);
        jdbc.update("update organisation set parent_id = ? where lower(iati_identifier) = lower('XI-IATI-EC_NEAR')", eu);
        jdbc.update("""
                insert into organisation_name (organisation_id, language, name)
                select id, 'en', 'Directorate-General for Neighbourhood and Enlargement Negotiations'
                from organisation o where iati_identifier = 'XI-IATI-EC_NEAR'
                and not exists (select 1 from organisation_name n where n.organisation_id = o.id)""");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // htmx replaces parts of the page while a condition is being checked; check again on the new part
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void uploadWatchTheProgressBarFinishThenOpenTheCountryPageAndTheMap() throws Exception {
        Browser.signIn(browser, wait, "http://localhost:" + port, "importer", "importer password 1");

        browser.get("http://localhost:" + port + "/activities/import");
        Path file = Path.of("src/test/resources/iati/activities/dportal-2021-ssr-eu-near.xml").toAbsolutePath();
        browser.findElement(By.id("files")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("form[enctype] button[type=submit]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-progress")));
        assertThat(browser.getCurrentUrl()).matches(".*/activities/import/\\d+");
        // htmx polls the progress fragment until the report appears, without a page reload
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-report")));
        assertThat(browser.findElement(By.id("import-progress")).getDomAttribute("value")).isEqualTo("100");
        int created = Integer.parseInt(browser.findElement(By.id("count-created")).getText().replaceAll("[^0-9]", ""));
        int updated = Integer.parseInt(browser.findElement(By.id("count-updated")).getText().replaceAll("[^0-9]", ""));
        int unchanged = Integer.parseInt(browser.findElement(By.id("count-unchanged")).getText().replaceAll("[^0-9]", ""));
        assertThat(created + updated + unchanged).isEqualTo(119);
        assertThat(browser.findElement(By.id("count-rejected")).getText()).isEqualTo("0");
        Browser.screenshot(browser, "import-finished");

        browser.get("http://localhost:" + port + "/countries/GE");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Georgia");
        assertThat(browser.findElements(By.cssSelector("#matrix-caption"))).isNotEmpty();
        // every published activity in Georgia is counted, the file's among them
        long inGeorgia = jdbc.queryForObject("select count(*) from activity a where a.published and exists "
                + "(select 1 from activity_country c where c.activity_id = a.id and c.code = 'GE')", Long.class);
        assertThat(inGeorgia).isGreaterThanOrEqualTo(23);
        assertThat(browser.findElement(By.cssSelector(".totals dd")).getText()).isEqualTo(String.valueOf(inGeorgia));
        Browser.screenshot(browser, "country-GE");

        browser.get("http://localhost:" + port + "/map");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map-data")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Georgia");
        browser.findElement(By.xpath("//main//a[contains(@href, '/countries/GE')]")).click();
        wait.until(ExpectedConditions.urlContains("/countries/GE"));
        Browser.screenshot(browser, "map");
    }
}
