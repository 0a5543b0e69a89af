package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.country.Fixtures;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An activity page read on a 390 px wide phone: long document addresses, identifiers, titles and tables stay
 * inside the screen (tables may scroll within themselves), so the page itself never scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActivityPageOnAPhoneTest {

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
    void theActivityPageFitsA390PixelScreen(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                                            @Autowired TransactionTemplate transactions) throws Exception {
        String longUrl = "https://iati.example.org/documents/security-sector-reform/annual-reports/"
                + "2023/community-policing-programme-final-evaluation-report-with-annexes-and-management-response.pdf";
        long id = new Fixtures(store, areas, transactions).save(Fixtures.activity(
                        "XM-DAC-41114-PROJECT-00012345-OUTPUT-00067890-PHONE", "XM-DAC-41114", "United Nations Development Programme")
                .title("Strengthening the accountability, oversight and integrity of the national police and border "
                        + "guard services through community-oriented policing")
                .funder("XM-DAC-41114", "United Nations Development Programme")
                .implementer("XM-OCHA-CBPF-ORGANISATION-IDENTIFIER-VERY-LONG", "Organisation with a long name")
                .country("UA", 100).sector("15132", 100).budget(1_234_567)
                .transaction("3", 250_000, LocalDate.of(2023, 5, 1),
                        new IatiActivity.Party("XM-DAC-41114", null, null),
                        new IatiActivity.Party("XM-OCHA-CBPF-ORGANISATION-IDENTIFIER-VERY-LONG", null, null))
                .document(longUrl, "application/pdf", null)
                .document(longUrl, "application/pdf", "Final evaluation")
                // a document without a title shows its address, which must wrap
                .document("https://iati.example.org/documents/security-sector-reform/annual-reports/2024/"
                        + "community-policing-programme-mid-term-review-without-a-title.pdf", "application/pdf", null)
                .related("1", "XM-DAC-41114-PROJECT-00012345-A-VERY-LONG-PARENT-IDENTIFIER-WITHOUT-SPACES")
                .location(new IatiActivity.Location("KYIV", "Kyiv", null, new BigDecimal("50.4501"), new BigDecimal("30.5234")))
                .result(new IatiActivity.Result("1", null, "Trust in the police", null, List.of(
                        new IatiActivity.Indicator("1", true, "Share of people who trust the police", null, 2014, null,
                                "31", null, List.of(new IatiActivity.Period(LocalDate.of(2023, 1, 1),
                                LocalDate.of(2023, 12, 31), "40", "38"))))))
                .build());

        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get("http://localhost:" + port + "/activities/" + id);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Strengthening the accountability");
        Browser.screenshot(browser, "activity-page-390px");

        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(viewport).as("the browser's viewport").isLessThanOrEqualTo(390);
        assertThat(page).as("the page's width: a wider page scrolls sideways").isLessThanOrEqualTo(viewport);
        // the long address is one link, shown by its title, not twice
        assertThat(browser.findElements(By.cssSelector("a[href='" + longUrl + "']"))).hasSize(1);
    }
}
