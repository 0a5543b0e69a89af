package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values a reader should question are kept, counted as the file states and warned of, on the reader's path and on
 * the rules' (a hand edit) alike: negative budgets, disbursements and expenditure; dates more than ten years ahead;
 * actual dates after today (today from the injected clock: 2024-06-01 here).
 */
class QuestionableValuesTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneOffset.UTC);

    static final String FILE = """
            <iati-activities version="2.03">
             <iati-activity default-currency="EUR">
              <iati-identifier>XM-TEST-QUESTIONED</iati-identifier>
              <reporting-org ref="XM-TEST"><narrative>Test</narrative></reporting-org>
              <title><narrative>Questioned values</narrative></title>
              <activity-date iso-date="2024-07-01" type="2"/>
              <activity-date iso-date="2030-12-31" type="3"/>
              <activity-date iso-date="2044-12-31" type="4"/>
              <budget><period-start iso-date="2024-01-01"/><period-end iso-date="2034-12-31"/><value>-100</value></budget>
              <budget><period-start iso-date="2024-01-01"/><period-end iso-date="2025-06-30"/><value>500</value></budget>
              <transaction><transaction-type code="3"/><transaction-date iso-date="2024-05-31"/><value>-25.5</value></transaction>
              <transaction><transaction-type code="2"/><transaction-date iso-date="2024-05-31"/><value>-10</value></transaction>
              <transaction><transaction-type code="4"/><transaction-date iso-date="2024-06-02"/><value>40</value></transaction>
             </iati-activity>
            </iati-activities>""";

    private static List<String> found(List<Problem> warnings, IatiRule rule) {
        return warnings.stream().filter(w -> w.key() == rule).map(w -> w.element() + " " + String.join("|", w.arguments()))
                .toList();
    }

    @Test
    void theReaderWarnsOfNegativeValuesFarFutureDatesAndActualDatesAfterToday() {
        List<IatiReader.ReadResult> results = new ArrayList<>();
        new IatiReader(TODAY).read(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), results::add);
        IatiReader.ReadResult read = results.get(0);
        assertThat(read.problems()).isEmpty();
        assertThat(found(read.warnings(), IatiRule.NEGATIVE_VALUE)).containsExactly(
                "iati-activity[1]/budget[1]/value budget/value|-100 EUR",
                "iati-activity[1]/transaction[1]/value transaction/value|-25.5 EUR");
        assertThat(found(read.warnings(), IatiRule.DATE_FAR_FUTURE)).containsExactly(
                "iati-activity[1]/activity-date[3] activity-date|2044-12-31",
                "iati-activity[1]/budget[1]/period-end period-end|2034-12-31");
        assertThat(found(read.warnings(), IatiRule.ACTUAL_DATE_FUTURE)).containsExactly(
                "iati-activity[1]/activity-date[1] activity-date|2024-07-01",
                "iati-activity[1]/transaction[3]/transaction-date transaction-date|2024-06-02");
        assertThat(read.activity().budgets().get(0).value().amount()).isEqualByComparingTo("-100");

        // a hand edit of the same activity is questioned the same way
        ActivityRules.Check check = new ActivityRules(TODAY).check(read.activity());
        for (IatiRule rule : List.of(IatiRule.NEGATIVE_VALUE, IatiRule.DATE_FAR_FUTURE, IatiRule.ACTUAL_DATE_FUTURE)) {
            assertThat(found(check.warnings(), rule)).as(rule.key()).isEqualTo(found(read.warnings(), rule));
        }
        assertThat(IatiRule.NEGATIVE_VALUE.english("budget/value", "-100 EUR"))
                .isEqualTo("budget/value is negative (-100 EUR); counted as the file states");
    }

    @Test
    void todayAndTenYearsAheadAreNotQuestioned() {
        String plain = FILE.replace("2024-07-01", "2024-06-01").replace("2044-12-31", "2024-05-01")
                .replace("2034-12-31", "2034-06-01").replace("2024-06-02", "2024-06-01").replace("-100", "100")
                .replace("-25.5", "25.5");
        List<IatiReader.ReadResult> results = new ArrayList<>();
        new IatiReader(TODAY).read(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)), results::add);
        assertThat(results.get(0).warnings()).extracting(Problem::key).doesNotContain(IatiRule.NEGATIVE_VALUE,
                IatiRule.DATE_FAR_FUTURE, IatiRule.ACTUAL_DATE_FUTURE);
    }
}
