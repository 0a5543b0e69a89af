package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concord.accounts.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An oversight officer signs in for the first time: the enrolment page (QR code, key as text, in Arabic and 390 px
 * wide), a first code computed here from the key the page shows, the recovery codes; then signs in again with the
 * second step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorJourneyTest {

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
                values ('officer-journey', 'Officer Journey', ?, false) on conflict (username) do nothing""",
                encoder.encode("officer journey password"));
        jdbc.update("""
                insert into account_grant (account_id, role, organisation_id)
                select a.id, 'OVERSIGHT_OFFICER', o.id from account a, organisation o
                where a.username = 'officer-journey' and o.slug = 'undp'
                  and not exists (select 1 from account_grant g where g.account_id = a.id)""");
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
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
    void anOfficerEnrolsWithAnAuthenticatorAppAndSignsInWithACode() throws Exception {
        Browser.signIn(browser, wait, url(""), "officer-journey", "officer journey password");
        wait.until(ExpectedConditions.urlContains("/sign-in/second-factor/enrol"));
        assertThat(browser.findElement(By.cssSelector(".qr-code img")).getDomAttribute("alt")).contains("QR code");

        // the page in Arabic, on a phone-sized screen: right to left, nothing wider than the screen
        browser.findElement(By.cssSelector(".languages a[lang=ar]")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        browser.manage().window().setSize(new Dimension(390, 900));
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "second-factor-enrol-ar-390");
        browser.findElement(By.cssSelector(".languages a[lang=en]")).click();
        wait.until(d -> "ltr".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        browser.manage().window().setSize(new Dimension(1280, 1000));

        String secret = browser.findElement(By.id("totp-secret")).getText();
        browser.findElement(By.id("code")).sendKeys(TotpCodes.now(secret));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        browser.findElement(By.cssSelector("main a.button")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("second-factor")));

        // signing in again asks for the second step; the next step's code passes it (the first was used)
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, wait, url(""), "officer-journey", "officer journey password");
        wait.until(ExpectedConditions.urlContains("/sign-in/second-factor"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Second step of signing in");
        browser.findElement(By.id("code")).sendKeys(TotpCodes.next(secret));
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("second-factor")));
        browser.get(url("/account/second-factor"));
        assertThat(browser.findElement(By.id("second-factor-status")).getText())
                .isEqualTo("Second factor: authenticator app (TOTP).");
    }
}
