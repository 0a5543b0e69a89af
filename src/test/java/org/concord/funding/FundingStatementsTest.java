package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The agreements list and the agreement form cost the same number of SQL statements whatever the number of their
 * rows: whether the reader may see each agreement's confidential amounts is answered in the list's own statement,
 * and the linked activities are looked up in one. The list's answer (SQL) and the agreement page's (Java,
 * FundingPermissions) agree for every kind of reader.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
class FundingStatementsTest {

    /** No other test records agreements or activities in Tonga. */
    static final String COUNTRY = "TO";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    FundingFixture f;
    FundingFixtures rows;

    @BeforeEach
    void directory() {
        f = new FundingFixture(mvc, jdbc);
        rows = new FundingFixtures(jdbc);
    }

    /** Agreements of the fixture's funder and recipient: every second one keeps its amounts confidential, every third has the evaluator. */
    List<Long> agreements(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = rows.agreement(f.funder, f.recipient, COUNTRY, "EUR", String.valueOf(1000 + i),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
            if (i % 2 == 0) {
                rows.confidential(id, "AMOUNTS");
            }
            if (i % 3 == 0) {
                rows.evaluator(id, f.evaluator);
            }
            ids.add(id);
        }
        return ids;
    }

    int statements(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        return sql(request, who).size();
    }

    /** The SQL of the statements the request prepared (a failed comparison of two lists shows the extra ones). */
    List<String> sql(MockHttpServletRequestBuilder request, Authentication who) throws Exception {
        MockHttpServletRequestBuilder signed = who == null ? request : request.with(authentication(who));
        return StatementCounter.statements(() -> {
            var response = mvc.perform(signed).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 302);
            return response;
        }).stream().map(s -> s.replaceAll("\\s+", " ").replaceAll("\\?(, \\?)*", "?"))
                // the web session's own writes (whether a request opens a session is the security filters' matter)
                .filter(s -> !s.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")).toList();
    }

    MockHttpServletRequestBuilder list() {
        return get("/api/v1/funding/agreements").param("funder", String.valueOf(f.funder)).param("size", "100");
    }

    @Test
    void theListCostsTheSameStatementsForFiveAgreementsAsForFifty() throws Exception {
        List<Authentication> readers = Arrays.asList(null, f.funderCoordinator, f.evaluatorPerson, TestActors.admin());
        agreements(5);
        int[] few = new int[readers.size()];
        for (int i = 0; i < readers.size(); i++) {
            statements(list(), readers.get(i));
            few[i] = statements(list(), readers.get(i));
        }
        agreements(45);
        for (int i = 0; i < readers.size(); i++) {
            assertThat(statements(list(), readers.get(i))).as("reader %d", i).isEqualTo(few[i]);
        }
        String json = mvc.perform(list()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(json, "$.agreements")).hasSize(50);
        // the page of the list as well (its totals aside, which convert each agreement's currency on its date)
        assertThat(statements(get("/funding/agreements").param("funder", String.valueOf(f.funder)), f.funderCoordinator))
                .isPositive();
    }

    @Test
    void theFormAndThePageLookTheirActivitiesUpInOneStatement() throws Exception {
        long agreement = agreements(1).get(0);
        List<Long> activities = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            activities.add(activity("Border police training " + i));
        }
        link(agreement, activities.subList(0, 1));
        MockHttpServletRequestBuilder edit = get("/funding/agreements/" + agreement + "/edit");
        MockHttpServletRequestBuilder page = get("/funding/agreements/" + agreement);
        sql(edit, f.funderCoordinator);
        List<String> formWithOne = sql(edit, f.funderCoordinator);
        List<String> pageWithOne = sql(page, null);
        List<String> refusedWithOne = sql(refusedUpdate(agreement, activities.subList(0, 1)), f.funderCoordinator);

        link(agreement, activities);
        // the same statements (the lists of ids aside, each list one parameter)
        assertThat(sql(edit, f.funderCoordinator)).containsExactlyInAnyOrderElementsOf(formWithOne);
        assertThat(sql(page, null)).containsExactlyInAnyOrderElementsOf(pageWithOne);
        // a refused update checks all its activities and shows the form again
        assertThat(sql(refusedUpdate(agreement, activities), f.funderCoordinator))
                .containsExactlyInAnyOrderElementsOf(refusedWithOne);
        String form = mvc.perform(edit.with(authentication(f.funderCoordinator))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Border police training 0").contains("Border police training 19");
    }

    @Test
    void theListAndTheAgreementPageAgreeOnWhoSeesConfidentialAmounts() throws Exception {
        List<Long> ids = agreements(6);
        long unassigned = f.organisation("Unassigned Audit " + UUID.randomUUID(), "CIVIL_SOCIETY", null);
        List<Authentication> readers = Arrays.asList(null, f.funderCoordinator, f.recipientCoordinator,
                f.evaluatorPerson, f.otherFunderCoordinator, TestActors.admin(),
                TestActors.as("donor-ministry-" + f.donorMinistry, new Grant(Role.COORDINATOR, f.donorMinistry)),
                TestActors.as("ministry-trainer-" + f.ministry, new Grant(Role.TRAINER, f.ministry)),
                TestActors.as("unit-coordinator-" + f.recipientUnit, new Grant(Role.COORDINATOR, f.recipientUnit)),
                FundingFixture.evaluatorOf(unassigned));
        for (Authentication reader : readers) {
            MockHttpServletRequestBuilder request = list();
            String json = mvc.perform(reader == null ? request : request.with(authentication(reader)))
                    .andReturn().getResponse().getContentAsString();
            for (long id : ids) {
                Object inList = JsonPath.<List<java.util.Map<String, Object>>>read(json, "$.agreements[?(@.id == " + id + ")]")
                        .get(0).get("totalAmount");
                String detail = f.read(id, reader).andReturn().getResponse().getContentAsString();
                Object onPage = JsonPath.<java.util.Map<String, Object>>read(detail, "$").get("totalAmount");
                assertThat(inList == null).as("agreement %d read by %s", id, reader == null ? "the public" : reader.getName())
                        .isEqualTo(onPage == null);
            }
        }
        // and the rule is not vacuous: the public misses some amounts, the funder none
        String publicJson = mvc.perform(list()).andReturn().getResponse().getContentAsString();
        List<java.util.Map<String, Object>> listed = JsonPath.read(publicJson, "$.agreements");
        assertThat(listed).anyMatch(a -> a.get("totalAmount") == null).anyMatch(a -> a.get("totalAmount") != null);
        String funderJson = mvc.perform(list().with(authentication(f.funderCoordinator))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<java.util.Map<String, Object>>>read(funderJson, "$.agreements"))
                .allMatch(a -> a.get("totalAmount") != null);
    }

    MockHttpServletRequestBuilder refusedUpdate(long agreement, List<Long> activities) {
        MockHttpServletRequestBuilder request = post("/funding/agreements/" + agreement).with(csrf())
                .param("title", "Border police programme").param("funderId", String.valueOf(f.funder))
                .param("recipientId", String.valueOf(f.recipient)).param("country", COUNTRY)
                .param("totalAmount", "1000").param("currency", "EUR")
                // refused by the service (after it has checked the activities): the end is before the start
                .param("startDate", "2026-01-01").param("endDate", "2025-12-31");
        for (Long activity : activities) {
            request.param("activityIds", String.valueOf(activity));
        }
        return request;
    }

    void link(long agreement, List<Long> activities) {
        jdbc.update("delete from funding_agreement_activity where agreement_id = ?", agreement);
        for (Long activity : activities) {
            jdbc.update("insert into funding_agreement_activity (agreement_id, activity_id) values (?, ?)", agreement, activity);
        }
    }

    long activity(String title) {
        long id = jdbc.queryForObject("""
                insert into activity (iati_identifier, title, start_date, end_date, content_hash, default_language)
                values (?, ?, date '2026-01-01', date '2027-12-31', ?, 'en') returning id""", Long.class,
                "TEST-FUNDING-" + UUID.randomUUID(), title, "0".repeat(64));
        jdbc.update("insert into activity_title (activity_id, seq, lang, text) values (?, 1, 'en', ?)", id, title);
        return id;
    }
}
