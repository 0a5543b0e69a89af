package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/**
 * A donor's coordinator records an agreement with a condition and a tranche and assigns an independent evaluator;
 * the recipient submits evidence; the evaluator verifies the milestone from their queue; the funder releases the
 * tranche; a visitor who is not signed in sees it on the public page, in English and in Arabic at phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingJourneyTest {

    static final String PASSWORD = "funding journey password 7";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    ChromeDriver browser;
    WebDriverWait wait;
    String tag;
    long funder;
    long recipient;
    long evaluator;

    @BeforeEach
    void openBrowser() throws Exception {
        tag = UUID.randomUUID().toString().substring(0, 6);
        funder = organisation("Journey Donor " + tag, "BILATERAL_DONOR");
        recipient = organisation("Journey Police " + tag, "SECURITY_INSTITUTION");
        evaluator = organisation("Journey Auditors " + tag, "CIVIL_SOCIETY");
        account("fj-funder-" + tag, "COORDINATOR", funder);
        account("fj-recipient-" + tag, "COORDINATOR", recipient);
        account("fj-evaluator-" + tag, "EVALUATOR", evaluator);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    long organisation(String name, String type) {
        Long id = jdbc.queryForObject("insert into organisation (slug, type) values (?, ?) returning id", Long.class,
                name.toLowerCase().replace(' ', '-'), type);
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, name);
        return id;
    }

    void account(String username, String role, long organisation) {
        Long id = jdbc.queryForObject("""
                insert into account (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, false) returning id""", Long.class, username, username, encoder.encode(PASSWORD));
        jdbc.update("insert into account_grant (account_id, role, organisation_id) values (?, ?, ?)", id, role, organisation);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signInAs(String who) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, url(""), who + "-" + tag, PASSWORD);
    }

    void date(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    @Test
    void aFunderRecordsAnEvaluatorVerifiesTheFunderReleasesAndThePublicSeesIt() throws Exception {
        signInAs("fj-funder");
        browser.get(url("/funding/agreements"));
        browser.findElement(By.linkText("Record an agreement")).click();
        browser.findElement(By.id("title")).sendKeys("Civilian oversight of police procurement " + tag);
        new Select(browser.findElement(By.id("funderId"))).selectByValue(String.valueOf(funder));
        new Select(browser.findElement(By.id("recipientId"))).selectByValue(String.valueOf(recipient));
        new Select(browser.findElement(By.id("country"))).selectByValue("GE");
        browser.findElement(By.id("totalAmount")).sendKeys("500000");
        browser.findElement(By.id("currency")).clear();
        browser.findElement(By.id("currency")).sendKeys("EUR");
        date("startDate", "2026-01-01");
        date("endDate", "2027-12-31");
        browser.findElement(By.cssSelector("#agreement-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/funding/agreements/\\d+$"));
        String agreementUrl = browser.getCurrentUrl();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/screenshots/funding-recorded.html"), browser.getPageSource());

        browser.findElement(By.id("text")).sendKeys("A civilian heads the procurement directorate");
        browser.findElement(By.cssSelector("#add-condition button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conditions"), "A civilian heads"));

        browser.findElement(By.id("plannedAmount")).sendKeys("200000");
        date("plannedDate", "2026-06-30");
        browser.findElement(By.cssSelector("#add-tranche input[type=checkbox]")).click();
        browser.findElement(By.cssSelector("#add-tranche button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.tranches"), "Waiting for milestones"));

        new Select(browser.findElement(By.id("evaluatorId"))).selectByValue(String.valueOf(evaluator));
        browser.findElement(By.cssSelector("#add-evaluator button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".facts"), "Journey Auditors " + tag));
        Browser.screenshot(browser, "funding-agreement-recorded");

        signInAs("fj-recipient");
        browser.get(agreementUrl);
        WebElement statement = browser.findElement(By.cssSelector("textarea[name=statement]"));
        statement.sendKeys("The Minister appointed a civilian director on 2 March.");
        browser.findElement(By.cssSelector("input[name='documents[0].title']")).sendKeys("Appointment decree");
        browser.findElement(By.cssSelector("input[name='documents[0].reference']")).sendKeys("https://example.org/decree.pdf");
        statement.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conditions"), "Evidence submitted"));

        signInAs("fj-evaluator");
        browser.get(url("/funding/evaluations"));
        browser.findElement(By.linkText("Condition 1")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name=outcome][value=MET]")));
        browser.findElement(By.cssSelector("input[name=outcome][value=MET]")).click();
        WebElement finding = browser.findElement(By.cssSelector("textarea[name=finding]"));
        finding.sendKeys("The decree and the staff list confirm a civilian director since March.");
        finding.submit();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.tranches"), "Can be released"));

        signInAs("fj-funder");
        browser.get(agreementUrl);
        date(browser.findElement(By.cssSelector("table.tranches input[type=date]")).getDomAttribute("id"), "2026-07-01");
        browser.findElement(By.cssSelector("table.tranches form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "The tranche is released."));

        browser.manage().deleteAllCookies();
        browser.get(agreementUrl);
        String tranches = browser.findElement(By.cssSelector("table.tranches")).getText();
        assertThat(tranches).contains("Released").contains("200,000").contains("Jul 1, 2026");
        assertThat(browser.findElement(By.id("conditions")).getText()).contains("Met")
                .contains("The decree and the staff list confirm");
        assertThat(browser.findElement(By.id("agreement-released")).getText()).contains("200,000");
        assertThat(browser.findElements(By.cssSelector("#add-condition"))).isEmpty();
        Browser.screenshot(browser, "funding-agreement-public");

        browser.manage().window().setSize(new Dimension(390, 900));
        browser.findElement(By.cssSelector(".languages a[lang=ar]")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        // at phone width the table scrolls within its frame: its later columns are read from the text, not the view
        assertThat(browser.findElement(By.cssSelector("table.tranches")).getDomProperty("textContent")).contains("مصروفة");
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = browser.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + " if ((r.right > w + 1 || r.left < -1) && !e.closest('.table-wrap')) {"
                + " out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
                + "return out.slice(0, 15).join(' | ');");
        assertThat(overflow).as("the page scrolls sideways at 390 px; too wide: %s", wide).isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "funding-agreement-public-ar-390");
    }
}
