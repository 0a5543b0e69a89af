package org.concord.projects.internal.activities;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.concord.projects.internal.country.Fixtures;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The activity list API: every filter, the full-text search, totals, sorting, paging and counts per value. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityListTest {

    static final String NETHERLANDS = "XI-TEST-LIST-NL";
    static final String SWEDEN = "XI-TEST-LIST-SE";
    static final String UNDP = "XI-TEST-LIST-UNDP";
    static final String UNODC = "XI-TEST-LIST-UNODC";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void threeActivitiesInNiue(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                               @Autowired TransactionTemplate transactions) {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        fixtures.save(Fixtures.activity("XI-TEST-LIST-1", NETHERLANDS, "Netherlands").title("Community policing in Niue")
                .funder(NETHERLANDS, "Netherlands").implementer(UNDP, "UNDP").country("NU", 100).sector("15132", 100)
                .budget(300_000).build());
        fixtures.save(Fixtures.activity("XI-TEST-LIST-2", SWEDEN, "Sweden").title("Courts and prisons of Niue and Tokelau")
                .funder(SWEDEN, "Sweden").implementer(UNDP, "UNDP").country("NU", 50).country("TK", 50)
                .sector("15130", 100).budget(1_200_000).status("4").build());
        fixtures.save(Fixtures.activity("XI-TEST-LIST-3", NETHERLANDS, "Netherlands").title("Police academy curriculum")
                .funder(NETHERLANDS, "Netherlands").implementer(UNODC, "UNODC").country("NU", 100).sector("15132", 100)
                .budget(50_000).dates(LocalDate.of(2018, 3, 1), LocalDate.of(2019, 6, 30)).build());
    }

    @Test
    void eachFilterNarrowsTheListAndTheTotalFollows() throws Exception {
        list("country=NU").andExpect(jsonPath("$.total").value(3));
        list("country=TK").andExpect(jsonPath("$.total").value(1));
        list("country=NU&area=POLICE_REFORM").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].iatiIdentifier", containsInAnyOrder("XI-TEST-LIST-1", "XI-TEST-LIST-3")));
        list("country=NU&funder=" + NETHERLANDS + "&implementer=" + UNODC)
                .andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-3")));
        list("country=NU&status=4").andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-2")));
        list("country=NU&minBudget=100000&maxBudget=500000")
                .andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-1")));
        list("country=NU&year=2019").andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-3")));
        list("country=NU&year=2024").andExpect(jsonPath("$.total").value(2));
        list("country=NU&q=policing").andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-1")));
        list("country=NU&q=prisons -police").andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-2")));
        list("country=NU&area=BORDER_MANAGEMENT").andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void sortedAndPagedTheTotalStaysTheSame() throws Exception {
        list("country=NU&sort=budget").andExpect(jsonPath("$.items[*].iatiIdentifier",
                contains("XI-TEST-LIST-2", "XI-TEST-LIST-1", "XI-TEST-LIST-3")));
        list("country=NU&sort=title").andExpect(jsonPath("$.items[*].title",
                contains("Community policing in Niue", "Courts and prisons of Niue and Tokelau", "Police academy curriculum")));
        list("country=NU&sort=budget&size=2&page=1").andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].iatiIdentifier", contains("XI-TEST-LIST-3")));
        list("country=NU&sort=budget&size=2&page=5").andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void countsPerFilterValueApplyTheOtherFilters() throws Exception {
        list("country=NU&facets=true")
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'POLICE_REFORM')].count").value(2))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'JUSTICE_CORRECTIONS')].count").value(1))
                .andExpect(jsonPath("$.facets.funders[?(@.value == '" + NETHERLANDS + "')].count").value(2))
                .andExpect(jsonPath("$.facets.implementers[?(@.value == '" + UNDP + "')].count").value(2))
                .andExpect(jsonPath("$.facets.statuses[?(@.value == '4')].count").value(1));
        // a filter's own counts ignore it, so that the other values stay offered
        list("country=NU&area=POLICE_REFORM&facets=true")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'JUSTICE_CORRECTIONS')].count").value(1))
                .andExpect(jsonPath("$.facets.funders[?(@.value == '" + SWEDEN + "')]").isEmpty());
    }

    private org.springframework.test.web.servlet.ResultActions list(String query) throws Exception {
        return mvc.perform(get("/api/v1/activities?" + query)).andExpect(status().isOk());
    }
}
