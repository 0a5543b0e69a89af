package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.concord.TestActors;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every way of writing to funding, through the API (JSON and the IATI conditions import) and through the pages, refuses
 * a person with no role in the agreement and an anonymous visitor, and writes nothing, not even an audit row; the same
 * writes by the entitled people each leave their audit row in their name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FundingWritePathsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    long fundingAuditRows() {
        return jdbc.queryForObject("select count(*) from audit_entry where entity_type like 'funding%'", Long.class);
    }

    long writtenRows(long agreement) {
        return jdbc.queryForObject("""
                select (select count(*) from funding_condition where agreement_id = :a)
                     + (select count(*) from funding_tranche where agreement_id = :a)
                     + (select count(*) from funding_tranche where agreement_id = :a and status = 'RELEASED')
                     + (select count(*) from funding_evaluator where agreement_id = :a)
                     + (select count(*) from funding_evidence e join funding_condition c on c.id = e.condition_id where c.agreement_id = :a)
                     + (select count(*) from funding_verification v join funding_condition c on c.id = v.condition_id where c.agreement_id = :a)
                     + (select count(*) from funding_condition where agreement_id = :a and status = 'WAIVED')
                     + (select count(*) from funding_phase_out where agreement_id = :a)
                     + (select count(*) from funding_agreement where title = 'Taken over')
                     + (select count(*) from funding_agreement where title = 'Written by a stranger')
                """.replace(":a", String.valueOf(agreement)), Long.class);
    }

    @Test
    void everyWritePathRefusesStrangersAndWritesNothing() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long agreement = f.agreement(false, "");
        long condition = f.condition(agreement, "A civilian heads the procurement directorate");
        long tranche = f.tranche(agreement, 1000, condition);
        Authentication stranger = TestActors.as("stranger-" + agreement, new Grant(Role.COORDINATOR, f.otherFunder));
        Authentication evaluatorElsewhere = FundingFixture.evaluatorOf(f.otherFunder);

        String agreementJson = """
                {"title": "Written by a stranger", "funderId": %d, "recipientId": %d, "country": "GE",
                 "totalAmount": 5, "currency": "EUR", "startDate": "2026-01-01", "endDate": "2026-12-31"}"""
                .formatted(f.funder, f.recipient);
        Map<String, Supplier<MockHttpServletRequestBuilder>> api = new LinkedHashMap<>();
        api.put("record an agreement", () -> json(post("/api/v1/funding/agreements"), agreementJson));
        api.put("edit an agreement", () -> json(put("/api/v1/funding/agreements/" + agreement), agreementJson));
        api.put("add a condition", () -> json(post("/api/v1/funding/agreements/" + agreement + "/conditions"),
                "{\"kind\": \"PROCESS\", \"text\": \"Written by a stranger\"}"));
        api.put("add a tranche", () -> json(post("/api/v1/funding/agreements/" + agreement + "/tranches"),
                "{\"plannedAmount\": 1, \"plannedDate\": \"2026-07-01\", \"conditionIds\": []}"));
        api.put("assign an evaluator", () -> json(post("/api/v1/funding/agreements/" + agreement + "/evaluators"),
                "{\"organisationId\": " + f.evaluator + "}"));
        api.put("import IATI conditions", () -> post("/api/v1/funding/agreements/" + agreement + "/iati-conditions")
                .contentType(MediaType.APPLICATION_XML).content("""
                        <iati-activities version="2.03"><iati-activity><conditions attached="1">
                        <condition type="1"><narrative>Written by a stranger</narrative></condition>
                        </conditions></iati-activity></iati-activities>"""));
        api.put("record a phase-out plan", () -> json(put("/api/v1/funding/agreements/" + agreement + "/phase-out"),
                "{\"sunsetDate\": \"2027-12-31\", \"years\": []}"));
        api.put("submit evidence", () -> json(post("/api/v1/funding/conditions/" + condition + "/evidence"),
                "{\"statement\": \"Written by a stranger\", \"documents\": []}"));
        api.put("verify", () -> json(post("/api/v1/funding/conditions/" + condition + "/verifications"),
                "{\"outcome\": \"MET\", \"finding\": \"Written by a stranger\"}"));
        api.put("waive", () -> json(post("/api/v1/funding/conditions/" + condition + "/waiver"),
                "{\"justification\": \"Written by a stranger, long enough to pass the rule.\"}"));
        api.put("release", () -> json(post("/api/v1/funding/tranches/" + tranche + "/release"), "{}"));

        Map<String, Supplier<MockHttpServletRequestBuilder>> pages = new LinkedHashMap<>();
        pages.put("record an agreement", () -> form(post("/funding/agreements"), "title", "Written by a stranger",
                "funderId", f.funder, "recipientId", f.recipient, "country", "GE", "totalAmount", 5, "currency", "EUR",
                "startDate", "2026-01-01", "endDate", "2026-12-31"));
        pages.put("edit an agreement", () -> form(post("/funding/agreements/" + agreement), "title", "Taken over",
                "funderId", f.funder, "recipientId", f.recipient, "country", "GE", "totalAmount", 5, "currency", "EUR",
                "startDate", "2026-01-01", "endDate", "2026-12-31"));
        pages.put("add a condition", () -> form(post("/funding/agreements/" + agreement + "/conditions"),
                "kind", "PROCESS", "text", "Written by a stranger"));
        pages.put("add a tranche", () -> form(post("/funding/agreements/" + agreement + "/tranches"),
                "plannedAmount", 1, "plannedDate", "2026-07-01"));
        pages.put("assign an evaluator", () -> form(post("/funding/agreements/" + agreement + "/evaluators"),
                "evaluatorId", f.evaluator));
        pages.put("record a phase-out plan", () -> form(post("/funding/agreements/" + agreement + "/phase-out"),
                "sunsetDate", "2027-12-31"));
        pages.put("submit evidence", () -> form(post("/funding/conditions/" + condition + "/evidence"),
                "statement", "Written by a stranger"));
        pages.put("verify", () -> form(post("/funding/conditions/" + condition + "/verifications"),
                "outcome", "MET", "finding", "Written by a stranger"));
        pages.put("waive", () -> form(post("/funding/conditions/" + condition + "/waiver"),
                "justification", "Written by a stranger, long enough to pass the rule."));
        pages.put("release", () -> form(post("/funding/tranches/" + tranche + "/release"), "agreement", agreement));

        // a builder keeps what is added to it: each request is built afresh
        long audit = fundingAuditRows();
        long written = writtenRows(agreement);
        for (var write : api.entrySet()) {
            for (Authentication who : List.of(stranger, evaluatorElsewhere)) {
                // an evaluator of an organisation that is not assigned is told why it may not verify (400, naming the rule)
                int refusal = who == evaluatorElsewhere && write.getKey().equals("verify") ? 400 : 403;
                assertThat(mvc.perform(write.getValue().get().with(authentication(who))).andReturn().getResponse().getStatus())
                        .as("API: %s by %s", write.getKey(), who.getName()).isEqualTo(refusal);
            }
            assertThat(mvc.perform(write.getValue().get()).andReturn().getResponse().getStatus())
                    .as("API: %s by an anonymous caller", write.getKey()).isEqualTo(401);
        }
        for (var write : pages.entrySet()) {
            assertThat(mvc.perform(write.getValue().get().with(csrf()).with(authentication(stranger))).andReturn().getResponse()
                    .getStatus()).as("page: %s by a stranger", write.getKey()).isEqualTo(403);
            var anonymous = mvc.perform(write.getValue().get().with(csrf())).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as("page: %s by an anonymous visitor", write.getKey()).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).contains("/sign-in");
        }
        assertThat(writtenRows(agreement)).isEqualTo(written);
        assertThat(fundingAuditRows()).isEqualTo(audit);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ?", Long.class, stranger.getName()))
                .isZero();
    }

    @Test
    void theEntitledWritesEachLeaveAnAuditRowInTheirWritersName() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long agreement = f.agreement(false, "");
        long civilian = f.condition(agreement, "A civilian heads the procurement directorate");
        long budget = f.condition(agreement, "The inspectorate budget is protected by law");
        long tranche = f.tranche(agreement, 1000, civilian, budget);
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(civilian, f.recipientCoordinator);
        f.verify(civilian, f.evaluatorPerson, "MET", null);
        f.send(post("/api/v1/funding/conditions/" + budget + "/waiver"), f.funderCoordinator,
                "{\"justification\": \"Parliament was dissolved before it could vote the law.\"}");
        f.release(tranche, f.funderCoordinator);

        List<String> rows = jdbc.queryForList("""
                select entity_type || ' ' || action || ' by ' || actor from audit_entry
                where (entity_type = 'funding-agreement' and entity_id = ?)
                   or (entity_type = 'funding-condition' and entity_id in (?, ?))
                   or (entity_type = 'funding-tranche' and entity_id = ?)
                   or (entity_type = 'funding-evidence' and changes like ?)
                order by id""", String.class, String.valueOf(agreement), String.valueOf(civilian), String.valueOf(budget),
                String.valueOf(tranche), "%\"condition\"%\"after\":\"" + civilian + "\"%");
        String funder = f.funderCoordinator.getName();
        assertThat(rows).containsExactly(
                "funding-agreement created by " + funder,
                "funding-condition created by " + funder,
                "funding-condition created by " + funder,
                "funding-tranche created by " + funder,
                "funding-agreement evaluator-assigned by " + funder,
                "funding-evidence submitted by " + f.recipientCoordinator.getName(),
                "funding-condition verified by " + f.evaluatorPerson.getName(),
                "funding-condition waived by " + funder,
                "funding-tranche released by " + funder);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return request;
    }
}
