package org.concord.projects.internal.activities;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.concord.projects.internal.country.Fixtures;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.reference.ReformAreas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts per filter value are kept a while per set of filters (here an hour; 10 s by default), but only while no
 * activity changes: a write, on this instance or any other, is listed and counted at once.
 */
@SpringBootTest(properties = "concord.activities.counts-kept=1h")
@AutoConfigureMockMvc
class ActivityCountsKeptTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theListAndItsKeptCountsFollowEveryWriteAtOnce(@Autowired ActivityStore store, @Autowired ReformAreas areas,
                                          @Autowired TransactionTemplate transactions) throws Exception {
        Fixtures fixtures = new Fixtures(store, areas, transactions);
        fixtures.save(Fixtures.activity("XI-TEST-KEPT-1", "XI-TEST-KEPT", "Kept").country("PN", null)
                .sector("15132", null).build());
        mvc.perform(get("/api/v1/activities?country=PN&facets=true")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'POLICE_REFORM')].count").value(1));

        fixtures.save(Fixtures.activity("XI-TEST-KEPT-2", "XI-TEST-KEPT", "Kept").country("PN", null)
                .sector("15132", null).build());

        mvc.perform(get("/api/v1/activities?country=PN&facets=true")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'POLICE_REFORM')].count").value(2));

        // a change behind this instance's back, as another instance's write would be, is counted at once too
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).update(
                "delete from activity where iati_identifier = 'XI-TEST-KEPT-2'");
        mvc.perform(get("/api/v1/activities?country=PN&facets=true")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'POLICE_REFORM')].count").value(1));
        // another set of filters is counted afresh
        mvc.perform(get("/api/v1/activities?country=PN&area=POLICE_REFORM&facets=true")).andExpect(status().isOk())
                .andExpect(jsonPath("$.facets.areas[?(@.value == 'POLICE_REFORM')].count").value(1));
    }
}
