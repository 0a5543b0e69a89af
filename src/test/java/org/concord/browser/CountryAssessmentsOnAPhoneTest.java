package org.concord.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.ScorecardTestData;
import org.concord.standards.ScorecardTestData.On;
import org.concord.standards.assessments.AssessmentFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The latest assessments of a country's institutions, by risk area, on the country's scorecard, on the country page
 * and on the institution's scorecard, read on a 390 px phone in English and Arabic: nothing wider than the screen
 * (screenshots under target/screenshots); a member of the institution, signed in, also sees its restricted
 * indicator, marked as such, which visitors never see. American Samoa (AS): a country no other test seats institutions in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CountryAssessmentsOnAPhoneTest {

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
    void assessmentBandsFitA390PixelScreenInEnglishAndArabic(@Autowired MockMvc mvc, @Autowired JdbcTemplate jdbc,
                                                            @Autowired PasswordEncoder encoder) throws Exception {
        long police = AssessmentFixtures.organisation(mvc, "Department of Public Safety of American Samoa, Territorial Police");
        long reviewers = AssessmentFixtures.organisation(mvc, "Pacific Islands Integrity Peer Reviewers");
        jdbc.update("update organisation set headquarters_country = 'AS' where id = ?", police);
        Authentication coordinator = TestActors.as("as-coordinator", new Grant(Role.COORDINATOR, police));
        Authentication evaluator = TestActors.as("as-evaluator", new Grant(Role.EVALUATOR, reviewers));
        long template = AssessmentFixtures.template(mvc, coordinator);
        long id = AssessmentFixtures.start(mvc, coordinator, template, police, "2025-06-30");
        String at = "/api/v1/standards/assessments/" + id;
        mvc.perform(post(at + "/submit").with(authentication(coordinator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.selfAnswers(4, 3, 3))).andExpect(status().isOk());
        mvc.perform(post(at + "/complete").with(authentication(evaluator)).contentType(MediaType.APPLICATION_JSON)
                .content(AssessmentFixtures.reviewAnswers(3, 2, 1))).andExpect(status().isOk());
        mvc.perform(post(at + "/publish").with(authentication(coordinator))).andExpect(status().isOk());
        long standard = ScorecardTestData.standard(jdbc, police, "PUBLIC");
        long trust = ScorecardTestData.indicator(jdbc, standard, police,
                "Share of residents who trust the police in their village (%)", "HIGHER_IS_BETTER", "PUBLIC");
        ScorecardTestData.baseline(jdbc, trust, On.country("AS"), 2020, "40");
        ScorecardTestData.target(jdbc, trust, On.country("AS"), 2030, "70");
        ScorecardTestData.value(jdbc, trust, On.country("AS"), 2024, "49", "VERIFIED", null, null);
        long complaints = ScorecardTestData.indicator(jdbc, standard, police,
                "Complaints against officers closed within 90 days (%)", "HIGHER_IS_BETTER", "RESTRICTED");
        ScorecardTestData.value(jdbc, complaints, On.country("AS"), 2024, "58", "VERIFIED", null, null);
        // a member of the police, who may see its restricted indicator
        jdbc.update("insert into account (username, display_name, password_hash, must_change_password) values (?, ?, ?, false)",
                "as-police-officer", "as-police-officer", encoder.encode("as-police-officer password 1"));
        jdbc.update("insert into account_grant (account_id, role, organisation_id) select id, 'TRAINEE', ? from account "
                + "where username = 'as-police-officer'", police);

        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        String base = "http://localhost:" + port;
        String[][] pages = {
                {"/standards/scorecards/countries/AS", "country-scorecard-assessments", "institution-assessments"},
                {"/countries/AS", "country-page-assessments", "institution-assessments-heading"},
                {"/standards/scorecards/institutions/" + police, "institution-scorecard-assessments", "assessment-bands"}};
        for (String language : new String[] {"en", "ar"}) {
            for (String[] page : pages) {
                browser.get(base + page[0] + "?lang=" + language);
                assertThat(browser.findElement(By.tagName("html")).getAttribute("dir"))
                        .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
                browser.executeScript("document.getElementById(arguments[0]).scrollIntoView();", page[2]);
                assertThat(browser.findElements(By.cssSelector(".institution-assessment a[href='/standards/assessments/" + id + "']")))
                        .as("%s in %s links to the assessment", page[1], language).hasSize(1);
                assertThat(browser.findElements(By.cssSelector(".institution-assessment tfoot .band"))).hasSize(1);
                Browser.screenshot(browser, page[1] + "-390px-" + language);
                long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertThat(width).as("%s in %s: a wider page scrolls sideways", page[1], language)
                        .isLessThanOrEqualTo(viewport);
            }
        }
        assertThat(browser.getPageSource()).doesNotContain("Complaints against officers");
        // following the link opens the published assessment
        browser.findElement(By.cssSelector(".institution-assessment caption a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/standards/assessments/" + id);

        // the member signed in sees the restricted indicator, marked, on the country's scorecard
        Browser.signIn(browser, new WebDriverWait(browser, java.time.Duration.ofSeconds(20)), base, "as-police-officer",
                "as-police-officer password 1");
        browser.get(base + "/standards/scorecards/countries/AS?lang=ar");
        assertThat(browser.findElements(By.cssSelector("table.scorecard .tag.restricted"))).hasSize(1);
        assertThat(browser.getPageSource()).contains("Complaints against officers closed within 90 days (%)");
        browser.executeScript("document.querySelector('table.scorecard .tag.restricted').scrollIntoView({block: 'center'});");
        Browser.screenshot(browser, "country-scorecard-restricted-390px-ar");
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("the member's scorecard in Arabic: a wider page scrolls sideways").isLessThanOrEqualTo(viewport);
    }
}
