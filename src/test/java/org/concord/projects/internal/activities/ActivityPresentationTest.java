package org.concord.projects.internal.activities;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.concord.projects.internal.country.Fixtures;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a reader sees of activities in their interface language: titles in it when the file has them, amounts,
 * counts and dates written its way (Arabic with Latin digits throughout), a baseline year as a year, and the
 * activity page as a report (documents once with title and format, related activities as links, organisations
 * named in transactions, dates in the order of the work, places with their coordinates in degrees).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityPresentationTest {

    @Autowired
    MockMvc mvc;
    long reportId;

    @BeforeAll
    void activitiesInWallisAndFutuna(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                            @Autowired TransactionTemplate transactions) {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        long parent = fixtures.save(Fixtures.activity("XI-TEST-PRES-PARENT", "XI-TEST-PRES-ES", "Spain")
                .title("Justice reform in Wallis").title("es", "Reforma de la justicia en Wallis")
                .country("WF", 100).sector("15130", 100).budget(3077).build());
        reportId = fixtures.save(Fixtures.activity("XI-TEST-PRES-1", "XI-TEST-PRES-ES", "Spain")
                .title("Community policing in Wallis").country("WF", 100).sector("15132", 100)
                .funder("XI-TEST-PRES-ES", "Spain").implementer("XI-TEST-PRES-NGO", "Wallis Police Foundation")
                .transaction("3", 12_500, LocalDate.of(2024, 3, 1),
                        new IatiActivity.Party("XI-TEST-PRES-ES", null, null),
                        new IatiActivity.Party("XI-TEST-PRES-NGO", null, null))
                .dates(LocalDate.of(2023, 2, 1), LocalDate.of(2025, 6, 30))
                .document("https://example.org/report.pdf", "application/pdf", "Annual report 2023")
                .document("https://example.org/report.pdf", "application/pdf", "Annual report 2023")
                .related("1", "XI-TEST-PRES-PARENT")
                .location(new IatiActivity.Location(null, "Mata-Utu", null, new BigDecimal("-13.2825"), new BigDecimal("-176.1736")))
                .result(new IatiActivity.Result("1", null, "Trust in the police", null, List.of(
                        new IatiActivity.Indicator("1", true, "Share of people who trust the police", null, 2014, null,
                                "31", null, List.of()))))
                .build());
        assertThatParentIsSaved(parent);
    }

    private static void assertThatParentIsSaved(long id) {
        if (id <= 0) {
            throw new IllegalStateException("not saved");
        }
    }

    private ResultActions page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk());
    }

    @Test
    void theListShowsEachTitleInTheInterfaceLanguageWhenTheFileHasIt() throws Exception {
        page("/activities?country=WF", "es").andExpect(content().string(allOf(
                containsString("Reforma de la justicia en Wallis"), not(containsString("Justice reform in Wallis")),
                containsString("Community policing in Wallis"))));
        page("/activities?country=WF", "en").andExpect(content().string(allOf(
                containsString("Justice reform in Wallis"), not(containsString("Reforma de la justicia")))));
        // no French title in the file: its default language's
        page("/activities?country=WF", "fr").andExpect(content().string(containsString("Justice reform in Wallis")));
    }

    @Test
    void theListWritesAmountsTheInterfaceLanguagesWay() throws Exception {
        page("/activities?country=WF", "fr").andExpect(content().string(containsString("environ 3\u202f077 USD")));
        page("/activities?country=WF", "ru").andExpect(content().string(containsString("около 3\u00a0077 USD")));
        page("/activities?country=WF", "en").andExpect(content().string(containsString("about USD 3,077")));
        // Arabic: Latin digits, and no Arabic-Indic digit anywhere on the page beside them
        page("/activities?country=WF", "ar").andExpect(content().string(allOf(containsString("3,077"),
                not(matchesPattern("(?s).*[\u0660-\u0669].*")))));
    }

    @Test
    void anIndicatorsBaselineYearShowsAsAYear() throws Exception {
        page("/activities/" + reportId, "en").andExpect(content().string(allOf(
                containsString("Baseline 31 (2014)"), not(containsString("2,014")))));
        page("/activities/" + reportId, "fr").andExpect(content().string(not(containsString("2\u202f014"))));
        // and the whole page in Arabic, amounts and dates included, has Latin digits only
        page("/activities/" + reportId, "ar").andExpect(content().string(allOf(containsString("(2014)"),
                containsString("12,500"), not(matchesPattern("(?s).*[\u0660-\u0669].*")))));
    }

    @Test
    void theActivityPageReadsAsAReport() throws Exception {
        String body = page("/activities/" + reportId, "fr").andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(body)
                // the document once, by its title and format
                .containsOnlyOnce("href=\"https://example.org/report.pdf\"").contains("Annual report 2023").contains("(PDF)")
                // the related activity as a link with its title
                .containsPattern("href=\"/activities/\\d+\"><bdi>Justice reform in Wallis</bdi>")
                // organisations named in the transaction, not their identifiers
                .containsPattern("<td><bdi>Spain</bdi></td>\\s*<td><bdi>Wallis Police Foundation</bdi></td>")
                // dates in French and in the order of the work
                .contains("1 févr. 2023").contains("30 juin 2025")
                // the place by name, its coordinates in degrees
                .contains("Mata-Utu").contains("13,28°\u00a0S, 176,17°\u00a0W");
        org.assertj.core.api.Assertions.assertThat(body.indexOf("Début réel")).isLessThan(body.indexOf("Fin réelle"));
    }
}
