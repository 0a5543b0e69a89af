package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person signs in, switches to Arabic, opens the directory, filters by "training" and opens an organisation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryJourneyTest {

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
        jdbc.update("""
                insert into account (username, display_name, password_hash, must_change_password)
                values ('journey', 'Journey Tester', ?, false) on conflict (username) do nothing""",
                encoder.encode("journey password 1"));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        // htmx replaces parts of the page while a condition is being checked; check again on the new part
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
    void signInSwitchToArabicFilterByTrainingAndOpenAnOrganisation() throws Exception {
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Security sector reform, coordinated");

        browser.findElement(By.linkText("Sign in")).click();
        browser.findElement(By.id("username")).sendKeys("journey");
        browser.findElement(By.id("password")).sendKeys("journey password 1");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session .who"), "journey"));

        browser.findElement(By.cssSelector(".languages a[lang=ar]")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
        Browser.screenshot(browser, "home-ar");

        browser.findElement(By.cssSelector(".main-nav a[href='/organisations']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        // the choice of language is remembered on the next page
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        String countBefore = browser.findElement(By.cssSelector("#results .count")).getText();

        List<String> training = jdbc.queryForList("""
                select coalesce(ar.name, en.name) from organisation o
                join organisation_name en on en.organisation_id = o.id and en.language = 'en'
                left join organisation_name ar on ar.organisation_id = o.id and ar.language = 'ar'
                where exists (select 1 from organisation_ssr_role r where r.organisation_id = o.id and r.role = 'TRAINING')
                order by 1""", String.class);
        String notTraining = jdbc.queryForObject("""
                select coalesce(ar.name, en.name) from organisation o
                join organisation_name en on en.organisation_id = o.id and en.language = 'en'
                left join organisation_name ar on ar.organisation_id = o.id and ar.language = 'ar'
                where o.slug = 'ecthr'""", String.class);

        new Select(browser.findElement(By.id("role"))).selectByValue("TRAINING");
        // htmx replaces the results in place (the form also works without JavaScript)
        wait.until(d -> !d.findElement(By.cssSelector("#results .count")).getText().equals(countBefore));
        wait.until(ExpectedConditions.urlContains("role=TRAINING"));
        List<String> shown = browser.findElements(By.cssSelector("#results .result h2 a span")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).hasSize(Math.min(training.size(), 25)).doesNotContain(notTraining);
        assertThat(training).containsAll(shown);
        Browser.screenshot(browser, "directory-training-ar");

        WebElement dcaf = browser.findElement(By.xpath("//*[@id='results']//a[.//abbr[text()='DCAF']]"));
        String name = dcaf.findElement(By.tagName("span")).getText();
        dcaf.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
        assertThat(browser.getCurrentUrl()).matches(".*/organisations/\\d+");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("سويسرا"); // Switzerland, in Arabic
        Browser.screenshot(browser, "organisation-ar");
    }
}
