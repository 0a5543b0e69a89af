package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.concord.funding.FundingFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ownership curves and the conditionality register on a 390 px wide phone, in Arabic (right to left): the
 * pages never scroll sideways (tables scroll within themselves) and the chart's table is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingPagesOnAPhoneTest {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void ownershipAndRegisterPagesFitA390PixelScreenInArabic(@Autowired JdbcTemplate jdbc) throws Exception {
        FundingFixtures f = new FundingFixtures(jdbc);
        long ministry = f.organisation("Ministry of Internal Affairs with a rather long official name");
        long donor = f.organisation("European Union Advisory Mission");
        long other = f.organisation("Bilateral donor");
        int y = LocalDate.now().getYear();
        long a = f.agreement(donor, ministry, "GE", "EUR", "3000000", LocalDate.of(y - 1, 1, 1), LocalDate.of(y + 2, 12, 31));
        f.releasedTranche(a, "900000", LocalDate.of(y - 1, 4, 1), "900000", LocalDate.of(y - 1, 4, 2));
        f.plan(a, LocalDate.of(y + 2, 12, 31), y, "800000", "200000", y + 1, "500000", "500000", y + 2, "200000", "800000");
        long b = f.agreement(other, ministry, "GE", "EUR", "500000", LocalDate.of(y - 1, 1, 1), LocalDate.of(y + 1, 12, 31));
        f.plannedTranche(b, "250000", LocalDate.of(y, 6, 1));
        f.processCondition(a, "A civilian heads the procurement directorate of the ministry", "OPEN");
        f.processCondition(b, "The procurement directorate of the ministry is headed by a civilian", "MET");
        f.outcomeCondition(a, "Complaints handled within 90 days", 77, "AT_LEAST", "80");
        f.outcomeCondition(b, "Complaints handled within 90 days", 77, "AT_MOST", "50");

        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : new String[] {"/funding/ownership/countries/GE", "/funding/register/GE",
                "/funding/ownership/institutions/" + ministry, "/funding/agreements/" + a + "/phase-out", "/countries/GE"}) {
            browser.get("http://localhost:" + port + path + "?lang=ar");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            Browser.screenshot(browser, "funding" + path.replace('/', '-') + "-ar-390px");
            long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
            long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            assertThat(page).as(path + ": a wider page scrolls sideways").isLessThanOrEqualTo(viewport);
        }
        browser.get("http://localhost:" + port + "/funding/ownership/institutions/" + ministry + "?lang=ar");
        assertThat(browser.findElements(By.cssSelector("table.numbers tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
    }
}
