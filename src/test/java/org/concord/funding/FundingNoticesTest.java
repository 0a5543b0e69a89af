package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.concord.notifications.Notifications;
import org.concord.notifications.People;
import org.concord.notifications.People.Person;
import org.concord.notifications.NotificationView;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The people a milestone concerns hear of it in their inbox, once, in their language: the assigned evaluators of
 * submitted evidence, the funder's and the recipient's coordinators of a verification, the recipient's coordinators of
 * a release or a waiver. Nobody else hears of it, a refused write tells nobody anything, and no notice carries what the
 * funder keeps confidential.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FundingNoticesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    FundingFixture f;
    Person evaluator;
    Person funderCoordinator;
    Person recipientCoordinator;
    Person otherEvaluator;
    Person otherFunderCoordinator;
    Person recipientEvaluatorRole;

    @BeforeEach
    void peopleWithAccounts() {
        f = new FundingFixture(mvc, jdbc);
        People people = new People(jdbc);
        // real accounts holding the roles the notices go to (the notifications module looks holders up in the database)
        evaluator = people.account("auditor", "fr", null, new Grant(Role.EVALUATOR, f.evaluator));
        funderCoordinator = people.account("donor-officer", "en", null, new Grant(Role.COORDINATOR, f.funder));
        recipientCoordinator = people.account("police-coordinator", "uk", null, new Grant(Role.COORDINATOR, f.recipient));
        otherEvaluator = people.account("unassigned-auditor", "en", null,
                new Grant(Role.EVALUATOR, f.organisation("Unassigned Audit " + f.evaluator, "CIVIL_SOCIETY", null)));
        otherFunderCoordinator = people.account("other-donor", "en", null, new Grant(Role.COORDINATOR, f.otherFunder));
        recipientEvaluatorRole = people.account("police-trainer", "en", null, new Grant(Role.TRAINER, f.recipient));
    }

    private List<String> kindsOf(Person person) {
        return jdbc.queryForList("select kind from notification where account_id = ? order by id", String.class, person.id());
    }

    private List<String> argumentsOf(Person person, String kind) {
        return jdbc.queryForList("select array_to_string(arguments, '|') from notification where account_id = ? and kind = ?",
                String.class, person.id(), kind);
    }

    private void awaitKinds(Person person, String... kinds) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> kindsOf(person).size() >= kinds.length);
        assertThat(kindsOf(person)).containsExactly(kinds);
    }

    private String text(Person person, String kind, Locale locale) {
        return notifications.inbox(person.id(), 0, 50, locale).items().stream().filter(n -> n.kind().equals(kind))
                .map(NotificationView::text).findFirst().orElseThrow();
    }

    @Test
    void evidenceVerificationAndReleaseEachReachTheirPeopleOnceInTheirLanguage() throws Exception {
        long agreement = f.agreement(false, "");
        long civilian = f.condition(agreement, "A civilian heads the procurement directorate");
        long tranche = f.tranche(agreement, 400000, civilian);
        f.assignEvaluator(agreement, f.evaluator).andExpect(status().isOk());

        // refused writes roll back, and their notices with them
        f.release(tranche, f.funderCoordinator).andExpect(status().isBadRequest());
        f.evidence(civilian, f.otherFunderCoordinator).andExpect(status().isForbidden());

        f.evidence(civilian, f.recipientCoordinator).andExpect(status().isCreated());
        awaitKinds(evaluator, "funding.evidence-submitted");
        assertThat(text(evaluator, "funding.evidence-submitted", Locale.FRENCH))
                .isEqualTo("Des preuves ont été soumises pour la condition 1 de « Police accountability programme » ; "
                        + "elles attendent votre vérification.");
        assertThat(jdbc.queryForObject("select link from notification where account_id = ?", String.class, evaluator.id()))
                .isEqualTo("/funding/agreements/" + agreement + "#condition-" + civilian);

        f.verify(civilian, f.evaluatorPerson, "MET", null).andExpect(status().isCreated());
        awaitKinds(funderCoordinator, "funding.milestone-verified");
        awaitKinds(recipientCoordinator, "funding.milestone-verified");
        assertThat(text(recipientCoordinator, "funding.milestone-verified", Locale.forLanguageTag("uk")))
                .isEqualTo("Умову 1 угоди «Police accountability programme» перевірено: виконано.");

        f.release(tranche, f.funderCoordinator).andExpect(status().isOk());
        awaitKinds(recipientCoordinator, "funding.milestone-verified", "funding.tranche-released");
        assertThat(text(recipientCoordinator, "funding.tranche-released", Locale.ENGLISH))
                .isEqualTo("Tranche 1 of “Police accountability programme” was released on 2026-07-15: 400000.00 EUR.");

        // each once; the funder's coordinators are not told of their own release, the evaluators only of evidence
        assertThat(kindsOf(evaluator)).containsExactly("funding.evidence-submitted");
        assertThat(kindsOf(funderCoordinator)).containsExactly("funding.milestone-verified");
        // people of unassigned evaluators, other funders, or with other roles in the recipient hear nothing
        assertThat(kindsOf(otherEvaluator)).isEmpty();
        assertThat(kindsOf(otherFunderCoordinator)).isEmpty();
        assertThat(kindsOf(recipientEvaluatorRole)).isEmpty();
    }

    @Test
    void aPartlyMetVerificationAndAWaiverSayWhatHappenedWithoutConfidentialFields() throws Exception {
        long agreement = f.agreement(true, "\"AMOUNTS\", \"CONDITIONS\", \"FINDINGS\"");
        long complaints = f.condition(agreement, "Complaints handled within 90 days reach 80 %");
        long budget = f.condition(agreement, "The inspectorate budget is protected by law");
        long tranche = f.tranche(agreement, 200000, complaints, budget);
        f.assignEvaluator(agreement, f.evaluator).andExpect(status().isOk());
        f.evidence(complaints, f.recipientCoordinator).andExpect(status().isCreated());
        f.verify(complaints, f.evaluatorPerson, "PARTLY_MET", 50).andExpect(status().isCreated());
        awaitKinds(funderCoordinator, "funding.milestone-verified");
        assertThat(text(funderCoordinator, "funding.milestone-verified", Locale.ENGLISH))
                .isEqualTo("Condition 1 of “Police accountability programme” was verified as partly met (50 %).");

        f.send(post("/api/v1/funding/conditions/" + budget + "/waiver"), f.funderCoordinator,
                "{\"justification\": \"Parliament was dissolved; the law cannot pass before the elections.\"}")
                .andExpect(status().isOk());
        awaitKinds(recipientCoordinator, "funding.milestone-verified", "funding.condition-waived");
        assertThat(text(recipientCoordinator, "funding.condition-waived", Locale.forLanguageTag("es")))
                .isEqualTo("El financiador dispensó la condición 2 de «Police accountability programme»; "
                        + "los tramos que dependían de ella ya no la esperan.");

        f.release(tranche, f.funderCoordinator).andExpect(status().isOk());
        awaitKinds(recipientCoordinator, "funding.milestone-verified", "funding.condition-waived", "funding.tranche-released");
        // the funder keeps the amounts confidential: the notice, which may leave Concord by e-mail, names none
        assertThat(text(recipientCoordinator, "funding.tranche-released", Locale.ENGLISH))
                .isEqualTo("Tranche 1 of “Police accountability programme” was released on 2026-07-15. "
                        + "The amount is on the agreement’s page.");
        for (Person person : List.of(evaluator, funderCoordinator, recipientCoordinator)) {
            for (String kind : kindsOf(person)) {
                assertThat(argumentsOf(person, kind)).allSatisfy(arguments -> assertThat(arguments)
                        .doesNotContain("100000").doesNotContain("Complaints handled").doesNotContain("inspectorate budget")
                        .doesNotContain("Checked the decree"));
            }
        }
    }
}
