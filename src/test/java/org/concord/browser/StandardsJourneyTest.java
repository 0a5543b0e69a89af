package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.concord.standards.StandardsTestData;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.concord.standards.internal.values.ValueService;
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

/** A visitor goes from the frameworks to an indicator's verified values, in Arabic on a phone-wide screen. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandardsJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ValueService values;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVisitorReadsAnIndicatorsVerifiedValuesInArabicOnAPhone() throws Exception {
        long[] ids = StandardsTestData.publicIndicatorWithVerifiedValues(jdbc, frameworks, indicators, values);
        browser.get("http://localhost:" + port + "/standards/frameworks/" + ids[0]);
        browser.findElement(By.linkText("Share of defence budget lines debated")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Share of defence budget lines debated"));
        assertThat(browser.findElement(By.cssSelector("#values table")).getText()).contains("2023", "34.5", "24.5 – 44.5");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.findElement(By.cssSelector(".languages a[lang=ar]")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getDomAttribute("dir")));
        // the columns past the screen's edge are scrolled to inside the table's box, still there
        assertThat(browser.findElement(By.cssSelector("#values table")).getDomProperty("textContent")).contains("تم التحقق منها");
        // the page itself never scrolls sideways: wide tables scroll inside their own box
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        Browser.screenshot(browser, "standards-indicator-ar-390");
    }
}
