package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.concord.projects.internal.iati.IatiReader.ReadResult;
import org.concord.projects.internal.iati.IatiReader.ReadSummary;
import org.junit.jupiter.api.Test;

/**
 * An activity is rejected, naming the element and the rule, when what it says cannot be kept without guessing;
 * it is kept with a warning when it is only inconsistent.
 */
class RejectionTest {

    private final List<ReadResult> results = new ArrayList<>();

    private ReadSummary read(String activities) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n" + activities
                + "</iati-activities>\n";
        return new IatiReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), results::add);
    }

    /** An activity with everything required; {@code more} goes inside it, {@code transaction} as its transactions. */
    private static String activity(String identifier, String more) {
        return """
                <iati-activity default-currency="EUR">
                  %s
                  <reporting-org ref="XM-DAC-7" type="10"><narrative>Ministry of Foreign Affairs</narrative></reporting-org>
                  <title><narrative>Police reform</narrative></title>
                  <sector code="15210" vocabulary="1"/>
                  %s
                </iati-activity>
                """.formatted(identifier == null ? "" : "<iati-identifier>" + identifier + "</iati-identifier>", more);
    }

    private static String transaction(String value) {
        return """
                <transaction>
                  <transaction-type code="3"/>
                  <transaction-date iso-date="2020-03-31"/>
                  %s
                </transaction>
                """.formatted(value);
    }

    @Test
    void rejectsExactlyTheActivitiesThatCannotBeKeptAndSaysWhere() {
        ReadSummary summary = read(
                activity("XM-TEST-GOOD", transaction("<value value-date=\"2020-03-31\">1250.50</value>"))
                        + activity(null, transaction("<value>10</value>"))
                        + activity("XM-TEST-COMMA", transaction("<value>100</value>")
                                + transaction("<value value-date=\"2020-03-31\">12,5a</value>"))
                        + activity("XM-TEST-XXY", transaction("<value currency=\"XXY\">10</value>"))
                        + activity("XM-TEST-SECTORS", """
                                <sector code="15130" vocabulary="1" percentage="60"/>
                                <sector code="15160" vocabulary="1" percentage="30"/>
                                """).replace("<sector code=\"15210\" vocabulary=\"1\"/>", ""));

        assertThat(summary).isEqualTo(new ReadSummary("2.03", 5, 2, 3));
        assertThat(results).extracting(ReadResult::identifier).containsExactly("XM-TEST-GOOD", null, "XM-TEST-COMMA",
                "XM-TEST-XXY", "XM-TEST-SECTORS");
        assertThat(results).extracting(ReadResult::accepted).containsExactly(true, false, false, false, true);

        assertThat(results.get(0).problems()).isEmpty();
        assertThat(results.get(0).warnings()).isEmpty();
        assertThat(results.get(0).activity().transactions().get(0).value())
                .isEqualTo(new IatiActivity.Money(new BigDecimal("1250.5"), null, LocalDate.of(2020, 3, 31)));
        assertThat(results.get(1).problems()).containsExactly(
                new Problem("iati-activity[2]/iati-identifier", "iati-identifier is missing"));
        assertThat(results.get(2).problems()).containsExactly(
                new Problem("iati-activity[3]/transaction[2]/value", "value is not a number: '12,5a'"));
        assertThat(results.get(3).problems()).containsExactly(
                new Problem("iati-activity[4]/transaction[1]/value",
                        "currency is not in the IATI Currency codelist: 'XXY'"));
        assertThat(results.get(4).problems()).isEmpty();
        assertThat(results.get(4).warnings()).containsExactly(
                new Problem("iati-activity[5]/sector", "sector percentages (vocabulary 1) sum to 90, not 100"));
        assertThat(results.get(4).activity().sectors()).extracting(IatiActivity.Sector::percentage)
                .containsExactly(new BigDecimal("60").stripTrailingZeros(), new BigDecimal("30").stripTrailingZeros());
    }

    @Test
    void everyRejectingRuleIsNamedAndAllProblemsOfAnActivityAreListed() {
        read("""
                <iati-activity>
                  <iati-identifier>  </iati-identifier>
                  <title><narrative>No one reports this</narrative></title>
                  <budget type="1" status="1">
                    <period-start iso-date="2021-01-01"/>
                    <value value-date="2021-01-01">5000</value>
                  </budget>
                  <budget type="1" status="1">
                    <period-start iso-date="2022-02-30"/>
                    <period-end iso-date="31/12/2022"/>
                    <value currency="USD" value-date="2022-01-01">1e6</value>
                  </budget>
                  <transaction>
                    <transaction-date iso-date="2021-06-01"/>
                    <value currency="USD">10</value>
                  </transaction>
                  <transaction>
                    <transaction-type code="3"/>
                    <transaction-date/>
                  </transaction>
                </iati-activity>
                <iati-activity default-currency="EURO">
                  <iati-identifier>XM-TEST-EURO</iati-identifier>
                  <reporting-org ref="XM-TEST"/>
                </iati-activity>
                """);

        assertThat(results).extracting(ReadResult::accepted).containsExactly(false, false);
        assertThat(results.get(0).problems()).containsExactly(
                new Problem("iati-activity[1]/iati-identifier", "iati-identifier is blank"),
                new Problem("iati-activity[1]/reporting-org", "reporting-org is missing"),
                new Problem("iati-activity[1]/budget[1]/period-end", "period-end is missing"),
                new Problem("iati-activity[1]/budget[1]/value",
                        "value has no currency and the activity has no default-currency"),
                new Problem("iati-activity[1]/budget[2]/period-start",
                        "iso-date is not a date (yyyy-mm-dd): '2022-02-30'"),
                new Problem("iati-activity[1]/budget[2]/period-end",
                        "iso-date is not a date (yyyy-mm-dd): '31/12/2022'"),
                new Problem("iati-activity[1]/budget[2]/value", "value is not a number: '1e6'"),
                new Problem("iati-activity[1]/transaction[1]/transaction-type", "transaction-type is missing"),
                new Problem("iati-activity[1]/transaction[2]/transaction-date", "iso-date is missing"),
                new Problem("iati-activity[1]/transaction[2]/value", "value is missing"));
        assertThat(results.get(1).problems()).containsExactly(new Problem("iati-activity[2]",
                "default-currency is not in the IATI Currency codelist: 'EURO'"));
    }

    @Test
    void inconsistenciesAreKeptAsPublishedWithAWarning() {
        read(activity("XM-TEST-KEPT", """
                <participating-org role="4" type="22"><narrative>Local partner</narrative></participating-org>
                <recipient-country code="ua" percentage="50"/>
                <recipient-country code="QQ" percentage="30"/>
                <sector vocabulary="99" code="POLICE-1" percentage="100"/>
                <sector code="SSR"/>
                <location><point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><pos>95.1 30.2</pos></point></location>
                <activity-date type="2" iso-date="2020-13-01"/>
                <transaction humanitarian="maybe">
                  <transaction-type code="3"/>
                  <transaction-date iso-date="2020-03-31"/>
                  <value value-date="31.03.2020">10</value>
                </transaction>
                """).replace("<sector code=\"15210\" vocabulary=\"1\"/>", ""));

        ReadResult kept = results.get(0);
        assertThat(kept.accepted()).isTrue();
        IatiActivity a = kept.activity();
        assertThat(a.participants()).singleElement().satisfies(p -> assertThat(p.ref()).isNull());
        assertThat(a.countries()).extracting(IatiActivity.RecipientCountry::code).containsExactly("UA", "QQ");
        assertThat(a.sectors()).extracting(IatiActivity.Sector::vocabulary, IatiActivity.Sector::code)
                .containsExactly(tuple("99", "POLICE-1"),
                        tuple("1", "SSR"));
        assertThat(a.locations()).singleElement().satisfies(l -> assertThat(l.latitude()).isNull());
        assertThat(a.dates()).isEmpty();
        assertThat(a.transactions().get(0).humanitarian()).isNull();
        assertThat(a.transactions().get(0).value().valueDate()).isNull();
        assertThat(kept.warnings()).containsExactly(
                new Problem("iati-activity[1]/activity-date[1]",
                        "iso-date is not a date (yyyy-mm-dd); activity-date left out: '2020-13-01'"),
                new Problem("iati-activity[1]/recipient-country[2]", "code is not in the IATI Country codelist: 'QQ'"),
                new Problem("iati-activity[1]/location[1]/point/pos",
                        "pos is not 'latitude longitude' in degrees; left out: '95.1 30.2'"),
                new Problem("iati-activity[1]/sector[2]",
                        "sector has no vocabulary and its code is not a DAC 5-digit code: 'SSR'"),
                new Problem("iati-activity[1]/transaction[1]/value",
                        "value-date is not a date (yyyy-mm-dd); left out: '31.03.2020'"),
                new Problem("iati-activity[1]/transaction[1]",
                        "humanitarian is not a boolean (1, 0, true, false); left out: 'maybe'"),
                new Problem("iati-activity[1]/recipient-country", "recipient-country percentages sum to 80, not 100"));
    }

    @Test
    void percentagesAreCheckedPerSectorVocabularyAndForCountriesAndRegionsTogether() {
        read(activity("XM-TEST-SPLIT", """
                <recipient-region code="289" vocabulary="1" percentage="70"/>
                <recipient-region code="298" percentage="20"/>
                <sector code="15130" vocabulary="1"/>
                <sector code="A" vocabulary="99" percentage="100"/>
                <sector code="B" vocabulary="99" percentage="0"/>
                """)
                + activity("XM-TEST-HALVES", """
                <recipient-country code="BA" percentage="50"/>
                <recipient-country code="RS" percentage="50"/>
                <recipient-region code="89" percentage="100"/>
                """));

        assertThat(results).extracting(ReadResult::accepted).containsExactly(true, true);
        assertThat(results.get(0).warnings()).containsExactly(
                new Problem("iati-activity[1]/recipient-region",
                        "recipient-region percentages (region vocabulary 1) sum to 90, not 100"),
                new Problem("iati-activity[1]/sector",
                        "sector percentages (vocabulary 1) are not given, though 2 elements share the activity"));
        // countries and regions together make 200 %: the publisher counted each on its own
        assertThat(results.get(1).warnings()).containsExactly(new Problem("iati-activity[2]",
                "recipient-country and recipient-region percentages (region vocabulary 1) sum to 200, not 100"));
    }
}
