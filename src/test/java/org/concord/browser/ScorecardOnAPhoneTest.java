package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.standards.ScorecardTestData;
import org.concord.standards.ScorecardTestData.On;
import org.junit.jupiter.api.AfterEach;
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

/**
 * A scorecard, the comparison and a country's standards section read on a 390 px phone, in English and in Arabic
 * (right to left): nothing wider than the screen, the trend chart drawn beside its table (screenshots under
 * target/screenshots).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScorecardOnAPhoneTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void scorecardsFitA390PixelScreenInEnglishAndArabic(@Autowired JdbcTemplate jdbc) throws Exception {
        long owner = ScorecardTestData.organisation(jdbc, "National Police of Ukraine, Department of Internal Oversight");
        long standard = ScorecardTestData.standard(jdbc, owner, "PUBLIC");
        long trust = ScorecardTestData.indicator(jdbc, standard, owner,
                "Share of residents who trust the police in their neighbourhood (%)", "HIGHER_IS_BETTER", "PUBLIC");
        long detention = ScorecardTestData.indicator(jdbc, standard, owner,
                "Pre-trial detainees as a share of all detainees (%)", "LOWER_IS_BETTER", "PUBLIC");
        On nr = On.country("NR");
        ScorecardTestData.baseline(jdbc, trust, nr, 2019, "31");
        ScorecardTestData.target(jdbc, trust, nr, 2029, "60");
        for (int year = 2019; year <= 2024; year++) {
            ScorecardTestData.value(jdbc, trust, nr, year, String.valueOf(31 + (year - 2019) * 3), "VERIFIED",
                    String.valueOf(28 + (year - 2019) * 3), String.valueOf(34 + (year - 2019) * 3));
            ScorecardTestData.value(jdbc, detention, nr, year, String.valueOf(45 - (year - 2019)), "VERIFIED", null, null);
        }
        ScorecardTestData.baseline(jdbc, detention, nr, 2019, "45");
        ScorecardTestData.target(jdbc, detention, nr, 2026, "25");
        ScorecardTestData.value(jdbc, trust, On.country("MD"), 2024, "52", "VERIFIED", null, null);

        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
        String base = "http://localhost:" + port;
        String[][] pages = {
                {"/standards/scorecards/countries/NR", "scorecard"},
                {"/standards/comparison?country=NR&country=MD&colour=value", "comparison"},
                {"/countries/NR", "country-standards"}};
        for (String language : new String[] {"en", "ar"}) {
            for (String[] page : pages) {
                browser.get(base + page[0] + (page[0].contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
                        .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
                if ("scorecard".equals(page[1])) {
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart-trend canvas")));
                    // Nauru: a country no other test gives values, since the tests share one database
                    assertThat(browser.findElements(By.cssSelector("details.data-table table"))).hasSize(2);
                }
                if ("country-standards".equals(page[1])) {
                    browser.executeScript("document.getElementById('standards-heading').scrollIntoView();");
                }
                Browser.screenshot(browser, page[1] + "-390px-" + language);
                long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertThat(width).as("%s in %s: a wider page scrolls sideways", page[1], language)
                        .isLessThanOrEqualTo(viewport);
            }
        }
    }
}
