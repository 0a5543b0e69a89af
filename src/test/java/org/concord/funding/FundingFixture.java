package org.concord.funding;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A small directory for funding tests, each organisation named uniquely per fixture: a donor ministry above its
 * mission (the funder), a national ministry above its police directorate (the recipient) with a unit below it, and an
 * independent audit firm (the evaluator). Requests go through the real API.
 */
final class FundingFixture {

    final MockMvc mvc;
    final JdbcTemplate jdbc;
    final long donorMinistry;
    final long funder;
    final long otherFunder;
    final long ministry;
    final long recipient;
    final long recipientUnit;
    final long evaluator;
    final Authentication funderCoordinator;
    final Authentication otherFunderCoordinator;
    final Authentication recipientCoordinator;
    final Authentication evaluatorPerson;

    FundingFixture(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        donorMinistry = organisation("Donor Ministry " + tag, "BILATERAL_DONOR", null);
        funder = organisation("Donor Mission " + tag, "BILATERAL_DONOR", donorMinistry);
        otherFunder = organisation("Other Donor " + tag, "BILATERAL_DONOR", null);
        ministry = organisation("Ministry of Interior " + tag, "NATIONAL_GOVERNMENT", null);
        recipient = organisation("Police Directorate " + tag, "SECURITY_INSTITUTION", ministry);
        recipientUnit = organisation("Police Procurement Unit " + tag, "SECURITY_INSTITUTION", recipient);
        evaluator = organisation("Independent Audit Firm " + tag, "CIVIL_SOCIETY", null);
        funderCoordinator = TestActors.as("fund-coord-" + tag, new Grant(Role.COORDINATOR, funder));
        otherFunderCoordinator = TestActors.as("other-coord-" + tag, new Grant(Role.COORDINATOR, otherFunder));
        recipientCoordinator = TestActors.as("recip-coord-" + tag, new Grant(Role.COORDINATOR, recipient));
        evaluatorPerson = TestActors.as("evaluator-" + tag, new Grant(Role.EVALUATOR, evaluator));
    }

    long organisation(String name, String type, Long parent) {
        Long id = jdbc.queryForObject("insert into organisation (slug, type, parent_id) values (?, ?, ?) returning id",
                Long.class, name.toLowerCase().replace(' ', '-'), type, parent);
        jdbc.update("insert into organisation_name (organisation_id, language, name) values (?, 'en', ?)", id, name);
        return id;
    }

    static Authentication evaluatorOf(long organisation) {
        return TestActors.as("evaluator-of-" + organisation, new Grant(Role.EVALUATOR, organisation));
    }

    /** An agreement of 1,000,000 EUR with the given flags, recorded by the funder's coordinator. */
    long agreement(boolean proRata, String confidential) throws Exception {
        String json = """
                {"title": "Police accountability programme", "funderId": %d, "recipientId": %d, "country": "GE",
                 "totalAmount": 1000000, "currency": "EUR", "startDate": "2026-01-01", "endDate": "2028-12-31",
                 "proRata": %s, "confidential": [%s]}""".formatted(funder, recipient, proRata, confidential);
        return id(send(post("/api/v1/funding/agreements"), funderCoordinator, json).andReturn().getResponse().getContentAsString());
    }

    long condition(long agreement, String text) throws Exception {
        return id(send(post("/api/v1/funding/agreements/" + agreement + "/conditions"), funderCoordinator,
                "{\"kind\": \"PROCESS\", \"text\": \"" + text + "\", \"dueDate\": \"2026-06-30\"}")
                .andReturn().getResponse().getContentAsString());
    }

    long tranche(long agreement, int amount, long... conditions) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long c : conditions) {
            ids.append(ids.isEmpty() ? "" : ",").append(c);
        }
        return id(send(post("/api/v1/funding/agreements/" + agreement + "/tranches"), funderCoordinator,
                "{\"plannedAmount\": " + amount + ", \"plannedDate\": \"2026-07-01\", \"conditionIds\": [" + ids + "]}")
                .andReturn().getResponse().getContentAsString());
    }

    ResultActions assignEvaluator(long agreement, long organisation) throws Exception {
        return send(post("/api/v1/funding/agreements/" + agreement + "/evaluators"), funderCoordinator,
                "{\"organisationId\": " + organisation + "}");
    }

    ResultActions evidence(long condition, Authentication who) throws Exception {
        return send(post("/api/v1/funding/conditions/" + condition + "/evidence"), who, """
                {"statement": "The procurement directorate is headed by a civilian since March.",
                 "documents": [{"title": "Appointment decree", "reference": "https://example.org/decree-17.pdf"}]}""");
    }

    ResultActions verify(long condition, Authentication who, String outcome, Integer share) throws Exception {
        return send(post("/api/v1/funding/conditions/" + condition + "/verifications"), who,
                "{\"outcome\": \"" + outcome + "\", \"share\": " + share + ", \"finding\": \"Checked the decree and the staff list.\"}");
    }

    ResultActions release(long tranche, Authentication who) throws Exception {
        return send(post("/api/v1/funding/tranches/" + tranche + "/release"), who, "{\"releasedOn\": \"2026-07-15\"}");
    }

    ResultActions read(long agreement, Authentication who) throws Exception {
        var request = get("/api/v1/funding/agreements/" + agreement);
        return mvc.perform(who == null ? request : request.with(authentication(who)));
    }

    ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       Authentication who, String json) throws Exception {
        request.contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(who == null ? request : request.with(authentication(who)));
    }

    static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
