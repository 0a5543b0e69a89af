package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.concord.TestActors;
import org.concord.projects.Activities;
import org.concord.projects.CountedTotals;
import org.concord.projects.RegionFigures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Activities given only a region (src/test/resources/iati/regions/regional-programmes.xml, written for these tests in
 * the shape of donors' regional programmes): the map lists regional and global support with its own figures, a region
 * page shows its activities, the activity list and API filter by region; negative budgets and disbursements are
 * counted as stated, questioned in the import report and their sum shown beside the totals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalSupportTest {

    static final String WEST = "West African police cooperation (regional test)";
    static final String JOINT = "East and West African border management (regional test)";
    static final String GLOBAL = "Global security sector governance fund (regional test)";

    @Autowired
    ImportService imports;
    @Autowired
    ImportWorker worker;
    @Autowired
    Activities activities;
    @Autowired
    MockMvc mvc;

    ImportJob job;

    @BeforeAll
    void importTheFile() throws IOException {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/iati/regions/regional-programmes.xml")) {
            content = in.readAllBytes();
        }
        ImportJob queued = TestActors.runAs(TestActors.admin(),
                () -> imports.submit("regional-programmes.xml", new ByteArrayInputStream(content)));
        assertThat(worker.runIfFree(queued.id())).isTrue();
        job = TestActors.runAs(TestActors.admin(), () -> imports.job(queued.id()));
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.created() + job.unchanged()).isEqualTo(3);
    }

    @Test
    void regionsHaveTheirOwnFiguresEachActivityCountedByItsShare() {
        assertThat(activities.regions(Locale.ENGLISH)).contains(
                new RegionFigures("1030", "Western Africa, regional", 2, new BigDecimal("1100000.00"), false),
                new RegionFigures("1027", "Eastern Africa, regional", 1, new BigDecimal("200000.00"), false));
        assertThat(activities.regions(Locale.ENGLISH)).filteredOn(r -> r.code().equals("998")).singleElement()
                .satisfies(r -> assertThat(r.global()).isTrue());
        assertThat(activities.regions(Locale.FRENCH)).extracting(RegionFigures::name).contains("Afrique de l’Ouest, régional");
        assertThat(activities.countries(Locale.ENGLISH)).extracting(f -> f.code()).doesNotContain("1030");
    }

    @Test
    void theMapListsRegionalAndGlobalSupportBesideTheCountries() throws Exception {
        mvc.perform(get("/map").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Regional and global support")))
                .andExpect(content().string(Matchers.containsString("href=\"/regions/1030\"")))
                .andExpect(content().string(Matchers.containsString("Western Africa, regional")))
                .andExpect(content().string(Matchers.containsString("Developing countries, unspecified")));
    }

    @Test
    void aRegionPageShowsItsActivitiesAndFigures() throws Exception {
        mvc.perform(get("/regions/1030").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>Western Africa, regional</h1>")))
                .andExpect(content().string(Matchers.containsString(WEST)))
                .andExpect(content().string(Matchers.containsString(JOINT)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(GLOBAL))))
                .andExpect(content().string(Matchers.containsString("/activities?region=1030")));
        mvc.perform(get("/regions/1027").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(JOINT)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(WEST))));
        mvc.perform(get("/regions/998").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(GLOBAL)));
        mvc.perform(get("/regions/12345")).andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesRegionalSupportAndARegionsTotals() throws Exception {
        mvc.perform(get("/api/v1/regions").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[?(@.code == '1030')].activities").value(Matchers.contains(2)))
                .andExpect(jsonPath("$.regions[?(@.code == '998')].global").value(Matchers.contains(true)));
        mvc.perform(get("/api/v1/regions/1030").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Western Africa, regional"))
                .andExpect(jsonPath("$.totals.budgetNegativeUsd").value(-200000.0));
        mvc.perform(get("/api/v1/regions/12345")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theActivityListAndApiFilterByRegion() throws Exception {
        mvc.perform(get("/api/v1/activities").param("region", "1030"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/activities").param("region", "1027"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].iatiIdentifier").value("XM-DAC-7-TEST-REGIONS-JOINT"));
        mvc.perform(get("/activities").param("region", "1027").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(JOINT)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(WEST))))
                .andExpect(content().string(Matchers.containsString("Recipient region")));
    }

    @Test
    void negativeValuesAreCountedAsStatedQuestionedAndTheirSumShown() throws Exception {
        CountedTotals totals = activities.countedInRegion("1030");
        assertThat(totals.budgetUsd()).isEqualByComparingTo("1100000");
        assertThat(totals.budgetNegativeUsd()).isEqualByComparingTo("-200000");
        assertThat(totals.spendingUsd()).isEqualByComparingTo("250000");
        assertThat(totals.spendingNegativeUsd()).isEqualByComparingTo("-50000");
        mvc.perform(get("/regions/1030").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Of which negative, counted as their files state")));
        mvc.perform(get("/regions/1027").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Of which negative"))));

        long west = activities.inRegion("1030", 10).stream()
                .filter(a -> a.iatiIdentifier().equals("XM-DAC-7-TEST-REGIONS-WEST")).findFirst().orElseThrow().id();
        mvc.perform(get("/activities/" + west).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("of which negative: -200,000\u00a0USD")))
                .andExpect(content().string(Matchers.containsString("of which negative: -50,000\u00a0USD")))
                .andExpect(content().string(Matchers.containsString("800,000\u00a0USD")))
                .andExpect(content().string(Matchers.containsString(
                        "<span class=\"visually-hidden\">Negative: counted as the file states; question it</span>")))
                .andExpect(content().string(Matchers.containsString("href=\"/activities?region=1030\"")));

        long joint = activities.inRegion("1027", 10).stream()
                .filter(a -> a.iatiIdentifier().equals("XM-DAC-7-TEST-REGIONS-JOINT")).findFirst().orElseThrow().id();
        mvc.perform(get("/activities/" + joint).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<span class=\"visually-hidden\">activity-date is more "
                        + "than 10 years in the future: 2099-12-31</span>")));

        var warnings = TestActors.runAs(TestActors.admin(), () -> imports.problems(job.id(), "WARNING"));
        assertThat(warnings).filteredOn(p -> p.ruleKey().equals("negative-value"))
                .extracting(ImportProblem::element)
                .containsExactlyInAnyOrder("iati-activity[1]/budget[2]/value", "iati-activity[1]/transaction[2]/value");
        assertThat(warnings).filteredOn(p -> p.ruleKey().equals("date-far-future"))
                .extracting(ImportProblem::element).containsExactly("iati-activity[2]/activity-date[2]");
    }
}
