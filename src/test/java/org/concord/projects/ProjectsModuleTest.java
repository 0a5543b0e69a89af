package org.concord.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import org.concord.projects.internal.activities.ActivityEditing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.json.JsonMapper;

/**
 * The activity registry with what it depends on (audit, organisations, shared) and nothing else: an activity entered
 * by hand is seen through {@link Activities}, and entering its duplicate leads, through {@link ActivitiesChanged} and
 * the event publication registry, to the pair being proposed as a possible overlap.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ProjectsModuleTest {

    @Autowired
    Activities activities;
    @Autowired
    ActivityEditing editing;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;

    HandEnteredActivities entered;

    @BeforeEach
    void fixtures() {
        entered = new HandEnteredActivities(editing, json, jdbc);
    }

    @AfterEach
    void removeFixtures() {
        entered.removeAll();
    }

    @Test
    void anEnteredActivityIsSeenThroughTheModulesApi() {
        long id = entered.enter("XM-DAC-41114-MODULE-1", "Community policing in Moldova", "MD");

        ActivitySummary summary = activities.summary(id).orElseThrow();
        assertThat(summary.title()).isEqualTo("Community policing in Moldova");
        assertThat(summary.countries()).containsExactly("MD");
        assertThat(summary.areas()).containsExactly("POLICE_REFORM");
        assertThat(summary.totalBudgetUsd()).isEqualByComparingTo("250000");
        assertThat(activities.inCountry("MD", 1000)).extracting(ActivitySummary::id).contains(id);
        assertThat(activities.inCountry("GE", 1000)).extracting(ActivitySummary::id).doesNotContain(id);
    }

    @Test
    void enteringADuplicateLeadsToTheOverlapBeingProposed(Scenario scenario) {
        long first = entered.enter("XM-DAC-41114-MODULE-2", "Community policing and police accountability, Moldova", "MD");

        scenario.stimulate(() -> entered.enter("XM-DAC-41114-MODULE-3",
                        "Community policing and police accountability in Moldova", "MD"))
                .andWaitAtMost(Duration.ofMinutes(1))
                .andWaitForStateChange(() -> proposedWith(first), Optional::isPresent)
                .andVerify((pair, second) -> assertThat(pair).contains(second));

        // the reaction is complete, so the registry has let go of it (completion-mode delete)
        await().atMost(Duration.ofMinutes(1)).until(() -> outstandingRecomputationsOf(first) == 0);
    }

    /** The activity proposed as overlapping with {@code id}, if any. */
    private Optional<Long> proposedWith(long id) {
        return jdbc.queryForList("""
                select case when activity_a = ? then activity_b else activity_a end from overlap_candidate
                where activity_a = ? or activity_b = ?""", Long.class, id, id, id).stream().findFirst();
    }

    private int outstandingRecomputationsOf(long id) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                where completion_date is null and listener_id like '%OverlapRecomputation%' and serialized_event ~ ?""",
                Integer.class, "[\\[,]" + id + "[\\],]");
    }
}
