package org.concord.projects.internal.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concord.TestActors;
import org.concord.projects.ActivitiesChanged;
import org.concord.projects.internal.overlap.Decision;
import org.concord.projects.internal.overlap.DetectionReport;
import org.concord.projects.internal.overlap.NaiveCandidatePairs;
import org.concord.projects.internal.overlap.OverlapDetector;
import org.concord.projects.internal.overlap.OverlapDetector.Pair;
import org.concord.projects.internal.overlap.OverlapService;
import org.concord.projects.internal.overlap.OverlapView;
import org.concord.projects.internal.overlap.Reason;
import org.concord.projects.internal.overlap.ActivityFixtures.Party;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Overlap detection on activities written straight into the tables: what it proposes, what it does not,
 * how decisions hold until an activity changes, and that it finds exactly what a plain SQL self-join finds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OverlapDetectionTest {

    static final Authentication COORDINATOR = TestActors.as("overlap-coordinator", new Grant(Role.COORDINATOR, 1L));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverlapDetector detector;
    @Autowired
    OverlapService service;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ActivityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ActivityFixtures(jdbc);
    }

    @AfterEach
    void removeFixtures() {
        fixtures.removeAll();
    }

    /** Two reports of one police reform project: same beneficiary and area, 14 months in common, alike texts. */
    static long[] duplicatePair(ActivityFixtures fixtures, String... countries) {
        String[] where = countries.length == 0 ? new String[] {"UA"} : countries;
        long a = fixtures.activity("Support to police reform in Ukraine — community policing")
                .description("Strengthening community policing and the accountability of the National Police in the regions of Ukraine.")
                .period("2023-01-01", "2024-12-31").countries(where).areas("police")
                .party(Party.funder("XM-DAC-7", "Government of the Netherlands"))
                .party(Party.beneficiary("UA-GOV-MOI", "Ministry of Interior of Ukraine"))
                .party(Party.implementer("XM-DAC-41114", "UNDP")).create();
        long b = fixtures.activity("Community policing and police reform support, Ukraine")
                .description("Community policing, police accountability and reform of the National Police across the regions of Ukraine.")
                .period("2023-11-01", "2025-12-31").countries(where).areas("police")
                .party(Party.beneficiary("UA-GOV-MOI", "Ministry of Interior of Ukraine"))
                .party(Party.implementer("XI-EUAM", "EU Advisory Mission Ukraine")).create();
        return new long[] {a, b};
    }

    private Optional<OverlapView> proposed(long a, long b, String country) {
        return service.open(country, 500).stream()
                .filter(o -> o.a().id() == Math.min(a, b) && o.b().id() == Math.max(a, b)).findFirst();
    }

    private boolean kept(long a, long b) {
        return jdbc.queryForObject("select count(*) from overlap_candidate where activity_a = ? and activity_b = ?",
                Integer.class, Math.min(a, b), Math.max(a, b)) == 1;
    }

    @Test
    void aDuplicatePairIsProposedWithItsReasons() {
        long[] pair = duplicatePair(fixtures);

        DetectionReport report = detector.recompute(List.of(pair[0], pair[1]));

        assertThat(report.keptPairs()).isGreaterThanOrEqualTo(1);
        System.out.println("recompute of the duplicate pair: " + report);
        OverlapView overlap = proposed(pair[0], pair[1], "UA").orElseThrow();
        assertThat(overlap.a().title()).isEqualTo("Support to police reform in Ukraine — community policing");
        assertThat(overlap.decision()).isNull();
        assertThat(overlap.score()).isBetween(new java.math.BigDecimal("0.45"), java.math.BigDecimal.ONE);
        assertThat(overlap.reasons()).extracting(Reason::kind)
                .containsExactly("country", "area", "beneficiary", "period", "text");
        assertThat(overlap.reasons()).contains(new Reason("country", "UA", null),
                new Reason("area", "police", null),
                new Reason("beneficiary", "Ministry of Interior of Ukraine", null),
                new Reason("period", "2023-11-01/2024-12-31", new java.math.BigDecimal(14)));
        Reason text = overlap.reasons().get(4);
        assertThat(text.value()).isBetween(new java.math.BigDecimal("0.30"), java.math.BigDecimal.ONE);
    }

    @Test
    void namesAreMatchedIgnoringCaseAndSpacingAndShownAsPublished() {
        String name = "Ministry of Interior \"MVS\" \\ Kyiv\tcentral office — Міністерство";
        long a = fixtures.activity("Support to police reform in Ukraine — community policing")
                .period("2023-01-01", "2024-12-31").countries("UA").areas("police")
                .party(Party.beneficiary(null, "  " + name + " ")).create();
        long b = fixtures.activity("Community policing and police reform support, Ukraine")
                .period("2023-01-01", "2024-12-31").countries("UA").areas("police")
                .party(Party.beneficiary(null, name.toUpperCase(java.util.Locale.ROOT).replace(" ", "   "))).create();

        detector.recompute(List.of(a, b));

        OverlapView overlap = proposed(a, b, "UA").orElseThrow();
        assertThat(overlap.reasons()).contains(new Reason("beneficiary", name, null));
        assertThat(detector.candidatePairs(List.of("UA"))).contains(new Pair(a, b))
                .isEqualTo(new NaiveCandidatePairs(jdbc).in(List.of("UA")));
    }

    @Test
    void unrelatedActivitiesAndActivitiesInDifferentCountriesAreNotProposed() {
        long prison = fixtures.activity("Prison healthcare modernisation")
                .description("Medical units in penitentiary institutions.")
                .period("2023-03-01", "2024-06-30").countries("UA").areas("corrections")
                .party(Party.beneficiary("UA-GOV-SPS", "State Penitentiary Service")).create();
        long border = fixtures.activity("Maritime border surveillance training")
                .description("Coast guard boat crews and radar operators.")
                .period("2023-06-01", "2025-01-31").countries("UA").areas("border")
                .party(Party.beneficiary("UA-GOV-SBGS", "State Border Guard Service")).create();
        // the duplicate pair's two halves, one in Moldova and one in Georgia
        long[] moldova = duplicatePair(fixtures, "MD");
        long[] georgia = duplicatePair(fixtures, "GE");
        jdbc.update("delete from activity where id in (?, ?)", moldova[1], georgia[0]);
        long moldovan = moldova[0];
        long georgian = georgia[1];

        detector.recompute(List.of(prison, border, moldovan, georgian));

        assertThat(kept(prison, border)).isFalse();
        assertThat(kept(moldovan, georgian)).isFalse();
        assertThat(detector.candidatePairs(List.of("UA", "MD", "GE")))
                .doesNotContain(new Pair(prison, border), new Pair(moldovan, georgian));
    }

    @Test
    void removingAnActivityRemovesThePairsProposedWithIt() {
        long[] pair = duplicatePair(fixtures);
        detector.recompute(List.of(pair[0], pair[1]));
        assertThat(kept(pair[0], pair[1])).isTrue();

        jdbc.update("delete from activity where id = ?", pair[1]);

        assertThat(jdbc.queryForObject("select count(*) from overlap_candidate where activity_a = ? or activity_b = ?",
                Integer.class, pair[1], pair[1])).isZero();
    }

    @Test
    void aDecisionHoldsAcrossRecomputationUntilAnActivityChangesMaterially() {
        long[] pair = duplicatePair(fixtures);
        long a = pair[0];
        long b = pair[1];
        detector.recompute(List.of(a, b));
        assertThat(proposed(a, b, "UA")).isPresent();

        TestActors.runAs(COORDINATOR, () -> service.decide(b, a, Decision.UNRELATED, "Two phases of one programme"));
        assertThat(proposed(a, b, "UA")).isEmpty();
        detector.recompute(List.of(a, b));
        assertThat(kept(a, b)).isTrue();
        assertThat(proposed(a, b, "UA")).as("decided, unchanged, recomputed").isEmpty();

        // a new budget is not a material change: the decision still holds
        jdbc.update("update activity set total_budget_usd = 1000000, version = version + 1 where id = ?", b);
        assertThat(proposed(a, b, "UA")).isEmpty();

        jdbc.update("update activity_title set text = ? where activity_id = ?", "Community policing support in Ukraine, phase II", b);
        jdbc.update("update activity set title = ? where id = ?", "Community policing support in Ukraine, phase II", b);
        detector.recompute(List.of(b));
        OverlapView reopened = proposed(a, b, "UA").orElseThrow();
        assertThat(reopened.decision().decision()).isEqualTo(Decision.UNRELATED);
        assertThat(reopened.decision().note()).isEqualTo("Two phases of one programme");
        assertThat(reopened.decision().decidedBy()).isEqualTo("overlap-coordinator");

        TestActors.runAs(COORDINATOR, () -> service.decide(a, b, Decision.COMPLEMENTARY, null));
        assertThat(proposed(a, b, "UA")).isEmpty();
        jdbc.update("insert into activity_country (activity_id, seq, code) values (?, 2, 'MD')", a);
        detector.recompute(List.of(a));
        assertThat(proposed(a, b, "UA")).isPresent();
        assertThat(proposed(a, b, "MD")).as("only one of the two is in Moldova").isEmpty();
    }

    @Test
    void aPairThatNoLongerOverlapsIsRemovedByTheNextRecomputation() {
        long[] pair = duplicatePair(fixtures);
        detector.recompute(List.of(pair[0], pair[1]));
        assertThat(kept(pair[0], pair[1])).isTrue();

        jdbc.update("update activity set start_date = '2026-01-01', end_date = '2027-12-31' where id = ?", pair[1]);
        DetectionReport report = detector.recompute(List.of(pair[1]));

        assertThat(kept(pair[0], pair[1])).isFalse();
        assertThat(report.activities()).isGreaterThanOrEqualTo(2);
    }

    private void relate(long activity, String type, long other) {
        jdbc.update("""
                insert into activity_related (activity_id, seq, type, ref)
                select ?, coalesce((select max(seq) from activity_related where activity_id = ?), 0) + 1, ?, iati_identifier
                from activity where id = ?""", activity, activity, type, other);
    }

    /** Issue 10, item 7: what the files link (parent, child, sibling, co-funded, a shared parent) is not an overlap. */
    @Test
    void pairsTheFilesLinkAreNeverProposed() {
        long[] parentChild = duplicatePair(fixtures);
        relate(parentChild[1], "1", parentChild[0]);          // the second names the first as its parent
        long[] childParent = duplicatePair(fixtures);
        relate(childParent[0], "2", childParent[1]);          // the first names the second as its child
        long[] siblings = duplicatePair(fixtures);
        long parent = fixtures.activity("Programme").create(); // no country or dates: never compared itself
        relate(siblings[0], "1", parent);
        relate(siblings[1], "1", parent);                     // both name the same parent
        long[] coFunded = duplicatePair(fixtures);
        relate(coFunded[1], "4", coFunded[0]);
        long[] thirdParty = duplicatePair(fixtures);
        relate(thirdParty[0], "5", thirdParty[1]);            // a third-party report is no link between the two

        List<Long> all = java.util.stream.Stream.of(parentChild, childParent, siblings, coFunded, thirdParty)
                .flatMapToLong(java.util.Arrays::stream).boxed().toList();
        detector.recompute(all);

        for (long[] linked : List.of(parentChild, childParent, siblings, coFunded)) {
            assertThat(kept(linked[0], linked[1])).as("linked pair %s", java.util.Arrays.toString(linked)).isFalse();
            assertThat(proposed(linked[0], linked[1], "UA")).isEmpty();
        }
        assertThat(kept(thirdParty[0], thirdParty[1])).isTrue();
        Set<Pair> detected = detector.candidatePairs(List.of("UA"));
        assertThat(detected).doesNotContain(new Pair(parentChild[0], parentChild[1]), new Pair(siblings[0], siblings[1]))
                .contains(new Pair(thirdParty[0], thirdParty[1]))
                .isEqualTo(new NaiveCandidatePairs(jdbc).in(List.of("UA")));
        // linked across pairs: the first of each pair still overlaps the second of the others
        assertThat(detected).contains(new Pair(parentChild[0], childParent[1]));
    }

    @Test
    void detectionFindsExactlyThePairsAPlainSelfJoinFinds() {
        long[] duplicate = duplicatePair(fixtures);
        // in two countries: one pair, not two
        long east = fixtures.activity("Border management in the east").period("2022-01-01", "2024-06-30")
                .countries("UA", "MD").areas("border").create();
        long south = fixtures.activity("Border crossing points upgrade").period("2024-06-30", "2026-01-01")
                .countries("MD", "UA").areas("border").create();
        // the same implementer named differently, without identifiers
        long named = fixtures.activity("Training of patrol officers").period("2021-01-01", "2023-03-01")
                .countries("UA").party(Party.implementer(null, "  UNDP ")).create();
        long renamed = fixtures.activity("Patrol officer training, second cohort").period("2023-02-01", "2023-12-31")
                .countries("UA").party(Party.implementer(null, "undp")).create();
        // without dates, or with an end before the start: not compared
        long undated = fixtures.activity("Police reform support (undated)").countries("UA").areas("police")
                .party(Party.beneficiary("UA-GOV-MOI", "Ministry of Interior of Ukraine")).create();
        long reversed = fixtures.activity("Police reform support (dates reversed)").period("2024-01-01", "2023-01-01")
                .countries("UA").areas("police").create();
        // a funder in common is not a reason
        long funded = fixtures.activity("Judicial reform").period("2023-01-01", "2024-12-31").countries("UA")
                .party(Party.funder("XM-DAC-7", "Government of the Netherlands")).create();

        List<String> countries = List.of("UA", "MD", "GE");
        long started = System.nanoTime();
        Set<Pair> detected = detector.candidatePairs(countries);
        long detectorMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Set<Pair> naive = new NaiveCandidatePairs(jdbc).in(countries);
        long naiveMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("candidate pairs on the fixtures: detector %d ms, self-join %d ms, %d pairs%n",
                detectorMillis, naiveMillis, detected.size());

        assertThat(detected).isEqualTo(naive);
        assertThat(detected).contains(new Pair(duplicate[0], duplicate[1]), new Pair(east, south), new Pair(named, renamed));
        assertThat(detected).noneMatch(p -> Set.of(undated, reversed, funded).contains(p.a())
                || Set.of(undated, reversed, funded).contains(p.b()));
    }

    @Test
    void anImportThatCommitsIsFollowedByDetectionInTheBackground() throws InterruptedException {
        long[] pair = duplicatePair(fixtures);
        transactions.executeWithoutResult(status -> events.publishEvent(new ActivitiesChanged(Set.of(pair[0], pair[1]))));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!kept(pair[0], pair[1]) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(kept(pair[0], pair[1])).isTrue();
    }
}
