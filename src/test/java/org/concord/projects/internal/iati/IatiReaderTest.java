package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Description;
import org.concord.projects.internal.iati.IatiActivity.Location;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;
import org.concord.projects.internal.iati.IatiReader.ReadResult;
import org.concord.projects.internal.iati.IatiReader.ReadSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Real IATI files (src/test/resources/iati/activities, see MANIFEST.md there) read as their publishers meant. */
class IatiReaderTest {

    static final String FOLDER = "/iati/activities/";

    /** File name → activities, as MANIFEST.md states them. */
    static Map<String, Integer> manifest() throws IOException {
        Map<String, Integer> files = new LinkedHashMap<>();
        Matcher m = Pattern.compile("## (\\S+\\.xml)\\s+- size: \\d+ bytes; activities: (\\d+)")
                .matcher(text("MANIFEST.md"));
        while (m.find()) {
            files.put(m.group(1), Integer.valueOf(m.group(2)));
        }
        return files;
    }

    static Stream<String> files() throws IOException {
        return manifest().keySet().stream();
    }

    static String text(String file) throws IOException {
        try (InputStream in = IatiReaderTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    record Read(ReadSummary summary, List<ReadResult> results) {
        ReadResult activity(String identifier) {
            return results.stream().filter(r -> identifier.equals(r.identifier())).findFirst().orElseThrow();
        }

        List<Problem> warnings() {
            return results.stream().flatMap(r -> r.warnings().stream()).toList();
        }
    }

    /** Each file is read once for all tests of the class. */
    private static final Map<String, Read> READ = new ConcurrentHashMap<>();

    /** The day the real files are read on, so that the dates they question do not move with the calendar. */
    static final java.time.Clock TODAY = java.time.Clock.fixed(java.time.Instant.parse("2025-01-15T12:00:00Z"),
            java.time.ZoneOffset.UTC);

    static Read read(String file) {
        return READ.computeIfAbsent(file, f -> {
            List<ReadResult> results = new ArrayList<>();
            try (InputStream in = IatiReaderTest.class.getResourceAsStream(FOLDER + f)) {
                ReadSummary summary = new IatiReader(TODAY).read(in, results::add);
                return new Read(summary, List.copyOf(results));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("files")
    void theUploadCheckCountsWhatTheReaderReads(String file) throws IOException {
        try (InputStream in = IatiReaderTest.class.getResourceAsStream(FOLDER + file)) {
            IatiReader.FileSummary scanned = new IatiReader().scan(in);
            assertThat(scanned.version()).isEqualTo(read(file).summary().version());
            assertThat(scanned.activities()).isEqualTo(read(file).summary().seen()).isEqualTo(manifest().get(file));
        }
    }

    @Test
    void theManifestListsNineFilesWith973Activities() throws IOException {
        assertThat(manifest()).hasSize(9);
        assertThat(manifest().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(973);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyActivityOfARealFileIsSeenAndAccepted(String file) throws IOException {
        int elements = countMatches(Pattern.compile("<iati-activity[\\s>]"), text(file));
        assertThat(elements).as("manifest count").isEqualTo(manifest().get(file));

        Read read = read(file);

        assertThat(read.summary().version()).isEqualTo("2.03");
        assertThat(read.summary().seen()).isEqualTo(elements).isEqualTo(read.results().size());
        assertThat(read.summary().accepted() + read.summary().rejected()).isEqualTo(read.summary().seen());
        // all nine files validate against the 2.03 schema, and none breaks a rule that rejects an activity
        assertThat(read.results()).allSatisfy(r -> assertThat(r.problems()).as(r.identifier()).isEmpty());
        assertThat(read.summary().rejected()).isZero();
        assertThat(read.results()).extracting(ReadResult::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, elements).boxed().toList());
    }

    /**
     * What the reader has to say about the real files, by kind: all of it is kept, none of it rejects. A change
     * here means a rule changed; check the new count against the data before updating it.
     */
    @Test
    void realDataDrawsTheseWarnings() {
        String bySector = "sector percentages (vocabulary %s) sum to …, not 100";
        String byRegion = "recipient-country and recipient-region percentages (region vocabulary 1) sum to …, not 100";
        String baselines = "indicator has … baselines (by dimension or location); only the first is kept";
        String actuals = "period has … actual values (by dimension or location); only the first is kept";
        String noZone = "last-updated-datetime has no time zone; read as UTC";
        String negative = "transaction/value is negative (…); counted as the file states";
        // questioned values, read on 2025-01-15: the EU's placeholder end date 2050-12-31, corrections below zero
        String far = "%s is more than 10 years in the future: 2050-12-31";
        Map<String, Map<String, Integer>> expected = Map.of(
                "dportal-2021-context-nonssr-GE-UA-AF-ML.xml", Map.of(baselines, 8, noZone, 5, actuals, 154,
                        byRegion, 3, bySector.formatted(1), 2, bySector.formatted(8), 12, bySector.formatted(98), 1,
                        far.formatted("period-end"), 8, negative, 18),
                "dportal-2021-ssr-es-aecid.xml", Map.of(byRegion, 27, bySector.formatted(1), 21),
                "dportal-2021-ssr-eu-fpi.xml", Map.of("title has no text", 1, far.formatted("period-end"), 152),
                "dportal-2021-ssr-eu-intpa.xml", Map.of(far.formatted("activity-date"), 8, far.formatted("period-end"), 14,
                        far.formatted("period-start"), 2, negative, 3),
                "dportal-2021-ssr-eu-near.xml", Map.of("baseline year is not a four-digit year", 67,
                        far.formatted("activity-date"), 4, far.formatted("period-end"), 12, far.formatted("period-start"), 1),
                "dportal-2021-ssr-other-dev-publishers.xml", Map.of(
                        "code is not in the IATI Country codelist", 1,
                        "code is not in the IATI Sector codelist (DAC 5-digit)", 1,
                        baselines, 6, actuals, 65, byRegion, 1, negative, 15),
                // four real corrections (negative disbursements and expenditure), questioned
                "dportal-2021-ssr-uk-fcdo.xml", Map.of(bySector.formatted(1), 1, negative, 4),
                "dportal-2021-ssr-undp.xml", Map.of(noZone, 4, bySector.formatted(1), 3, bySector.formatted(8), 35,
                        negative, 69),
                "dportal-2021-ssr-worldbank.xml", Map.of(bySector.formatted(98), 19, bySector.formatted(99), 1,
                        "activity-date is an actual date after today: 2025-06-30", 1));

        for (var file : expected.entrySet()) {
            Map<String, Integer> kinds = new TreeMap<>();
            // elements kept as published are counted per activity: IatiReaderTest#unmodelledElementsAreKeptAndCounted
            read(file.getKey()).warnings().stream().filter(w -> w.key() != IatiRule.KEPT_AS_PUBLISHED)
                    .forEach(w -> kinds.merge(w.rule().replaceAll(": '.*'$", "")
                    .replaceAll("sum to [-0-9.]+, not", "sum to …, not").replaceAll("has \\d+ ", "has … ")
                    .replaceAll("is negative \\([^)]*\\)", "is negative (…)"),
                    1, Integer::sum));
            assertThat(kinds).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void aCordaidActivityKeepsItsMoneyPlacesSectorsAndResults() {
        ReadResult result = read("dportal-2021-ssr-other-dev-publishers.xml").activity("NL-KVK-41160054-113238");
        IatiActivity a = result.activity();

        assertThat(result.position()).isEqualTo(41);
        assertThat(a.identifier()).isEqualTo("NL-KVK-41160054-113238");
        assertThat(a.defaultCurrency()).isNull(); // every value carries its own currency
        assertThat(a.defaultLanguage()).isEqualTo("en"); // published as xml:lang="EN"
        assertThat(a.hierarchy()).isEqualTo(1);
        assertThat(a.humanitarian()).isFalse();
        assertThat(a.reportingOrg()).isEqualTo(new IatiActivity.Org("NL-KVK-41160054", "21", "Cordaid"));
        assertThat(a.titles()).containsExactly(new Narrative("en", "SP Afghanistan - Strategic Partnership"));
        assertThat(a.descriptions()).extracting(Description::type).containsExactly("2", "1", "3");
        assertThat(a.descriptions().get(2).text()).isEqualTo(new Narrative("en", "Women, youth and local communities"));
        assertThat(a.participants()).hasSize(8);
        assertThat(a.participants().get(1).name().text()).isEqualTo("Afghan Women's Network");
        assertThat(a.participants().get(1).ref()).isNull();
        assertThat(a.status()).isEqualTo("3");
        assertThat(a.dates()).extracting(d -> d.type() + " " + d.date())
                .containsExactly("1 2016-01-01", "3 2020-12-31");
        assertThat(a.countries()).containsExactly(new IatiActivity.RecipientCountry("AF", dec("100")));
        assertThat(a.regions()).containsExactly(new IatiActivity.RecipientRegion("1", "619", dec("0")));
        assertThat(a.locations()).containsExactly(
                new Location("AF", "Afghanistan", null, null, null),
                new Location("431372", "Kabul", null, dec("34.559051"), dec("69.310898")));
        assertThat(a.sectors()).containsExactly(
                new Sector("1", "15110", dec("25"), null),
                new Sector("1", "15150", dec("50"), null),
                new Sector("1", "15170", dec("25"), null));
        assertThat(a.collaborationType()).isEqualTo("1");
        assertThat(a.defaultFlowType()).isEqualTo("30");
        assertThat(a.defaultFinanceType()).isEqualTo("110");
        assertThat(a.defaultAidType()).isEqualTo("C01");
        assertThat(a.defaultTiedStatus()).isEqualTo("5");
        assertThat(a.activityScope()).isEqualTo("1");
        assertThat(a.budgets()).hasSize(5);
        assertThat(a.budgets().get(4)).isEqualTo(new Budget("2", "2", LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31), new IatiActivity.Money(dec("909103"), "EUR",
                LocalDate.of(2020, 1, 1))));
        assertThat(a.transactions()).hasSize(54);
        assertThat(a.transactions().get(1)).isEqualTo(new Transaction(null, false, "3", LocalDate.of(2019, 3, 1),
                new IatiActivity.Money(dec("45916"), "EUR", LocalDate.of(2019, 3, 1)), null,
                new Party("NL-KVK-41160054", "NL-KVK-41160054-113238", "Cordaid Afghanistan", "21"),
                new Party(null, null, "AHDS - Afghan Health and Development Services", "22")));
        assertThat(a.relatedActivities()).first()
                .isEqualTo(new IatiActivity.RelatedActivity("1", "NL-KVK-41160054-113043"));

        IatiActivity.Result peace = a.results().get(0);
        assertThat(peace.type()).isEqualTo("1");
        assertThat(peace.aggregationStatus()).isTrue();
        assertThat(peace.title()).isEqualTo("Peace Corporate Indictors");
        IatiActivity.Indicator beneficiaries = peace.indicators().get(0);
        assertThat(beneficiaries.title()).isEqualTo("Number of beneficiaries reached (PE)");
        assertThat(beneficiaries.measure()).isEqualTo("1");
        assertThat(beneficiaries.ascending()).isTrue();
        assertThat(beneficiaries.baselineYear()).isEqualTo(2018);
        assertThat(beneficiaries.baselineDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(beneficiaries.baselineValue()).isEqualTo("0"); // the first of five, by dimension
        assertThat(beneficiaries.periods().get(0).start()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(beneficiaries.periods().get(0).actual()).isEqualTo("0");
        // the model keeps one baseline and one actual; the reader says what it left behind
        assertThat(result.warnings()).contains(
                new Problem("iati-activity[41]/result[1]/indicator[1]", "indicator has 5 baselines (by dimension or"
                        + " location); only the first is kept"));
    }

    @Test
    void anFcdoActivityKeepsItsCoordinatesAndPercentagesExactly() {
        Read read = read("dportal-2021-ssr-uk-fcdo.xml");
        ReadResult result = read.activity("GB-1-203227");
        IatiActivity a = result.activity();

        assertThat(a.defaultCurrency()).isEqualTo("GBP");
        assertThat(a.title("en")).isEqualTo(
                "Access to Justice through Paralegal and Restorative Justice Services in Bangladesh");
        // published as "23.4559590000000000 91.1820369000000000": trailing zeros are not information
        assertThat(a.locations().get(0)).isEqualTo(new Location(null, "Comilla",
                "Comilla, Chittagong Division, Bangladesh", dec("23.455959"),
                dec("91.1820369")));
        assertThat(a.sectors()).extracting(Sector::code, Sector::percentage, Sector::name).containsExactly(
                tuple("15220", dec("36.08"),
                        "Civilian peace-building, conflict prevention and resolution"),
                tuple("15160", dec("15.16"), "Human rights"),
                tuple("15130", dec("48.76"), "Legal and judicial development"));
        assertThat(a.policyMarkers()).hasSize(6);
        assertThat(a.documents().get(0).title())
                .isEqualTo("Business Case and Summary 203227 (Published - June, 2018).odt");
        assertThat(a.documents().get(0).category()).isEqualTo("A01"); // the first of five
        assertThat(a.documents().get(0).language()).isEqualTo("en");
        // other-identifier (2), contact-info and conditions are kept as published, and said so
        assertThat(result.warnings()).extracting(Problem::rule).containsExactly("4 elements Concord does not model"
                + " are kept as published and written back on export: conditions, contact-info, other-identifier \u00d72");
        assertThat(a.extras()).filteredOn(e -> !e.copy()).extracting(IatiActivity.Extra::name)
                .containsExactlyInAnyOrder("other-identifier", "other-identifier", "contact-info", "conditions");
        // d-portal's own attributes on the activity, and the document links' other categories, kept as published
        assertThat(a.extras()).extracting(IatiActivity.Extra::name).contains("@", "=document-link");

        // an FCDO amount with eight decimals is kept to the last one
        assertThat(read.activity("GB-GOV-3-CSSF-06-000005").activity().transactions())
                .extracting(t -> t.value().amount()).contains(dec("3922403.27006062"));
    }

    @Test
    void whatLooksWrongInRealDataIsKeptAndNamed() {
        // Australian Aid puts the region code 998 ("developing countries, unspecified") in recipient-country
        ReadResult australia = read("dportal-2021-ssr-other-dev-publishers.xml").activity("AU-5-INN400-998");
        assertThat(australia.activity().countries()).extracting(IatiActivity.RecipientCountry::code)
                .containsExactly("998");
        assertThat(australia.warnings()).contains(new Problem("iati-activity[10]/recipient-country[1]",
                "code is not in the IATI Country codelist: '998'"));

        // AECID gives every one of an activity's DAC sectors 100 %
        ReadResult aecid = read("dportal-2021-ssr-es-aecid.xml").activity("ES-DIR3-EA0035768-Z02-20-P1-00900");
        assertThat(aecid.accepted()).isTrue();
        assertThat(aecid.warnings()).contains(new Problem("iati-activity[2]/sector",
                "sector percentages (vocabulary 1) sum to 500, not 100"));

        // the EC writes <receiver-org><narrative xml:lang="EN"></narrative></receiver-org> for receivers it
        // does not name, and names no provider: nothing known is absent, not ""
        Transaction commitment = read("dportal-2021-context-nonssr-GE-UA-AF-ML.xml")
                .activity("XI-IATI-EC_INTPA-2014/34828/2").activity().transactions().get(0);
        assertThat(commitment.ref()).isEqualTo("XI-IATI-EC_INTPA-2014/34828/2/0");
        assertThat(commitment.provider())
                .isEqualTo(new Party("XI-IATI-EC_INTPA", "XI-IATI-EC_INTPA-2014/34828/2", null, "15"));
        assertThat(commitment.receiver()).isNull();
        assertThat(commitment.value().amount()).isEqualTo(dec("37000000"));
        assertThat(commitment.value().valueDate()).isEqualTo(LocalDate.of(2021, 5, 25));

        // an EU FPI activity whose only title narrative is empty
        ReadResult untitled = read("dportal-2021-ssr-eu-fpi.xml").activity("XI-IATI-EC_FPI-2018/399-325");
        assertThat(untitled.activity().titles()).isEmpty();
        assertThat(untitled.activity().title("en")).isEqualTo("XI-IATI-EC_FPI-2018/399-325");
        assertThat(untitled.warnings()).extracting(Problem::rule).contains("title has no text");
    }

    @Test
    void everyModelledFieldIsReadAsTheClassDocumentSays() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.01" xmlns:dstore="http://d-portal.org/xmlns/dstore"
                                 xmlns:usg="http://www.usaid.gov/iati">
                 <iati-activity default-currency="USD" xml:lang="FR" hierarchy="2" humanitarian="true"
                                last-updated-datetime="2021-05-17T12:42:54+02:00" dstore:dataset="x-1">
                  <iati-identifier>
                     XM-TEST-42
                  </iati-identifier>
                  <reporting-org ref="XM-TEST" type="40"><narrative/><narrative xml:lang="en">Test Org</narrative></reporting-org>
                  <title>
                   <narrative>Réforme de la police</narrative>
                   <narrative xml:lang="EN">Police reform</narrative>
                  </title>
                  <description type="1">
                   <narrative>Appui à la police</narrative>
                   <narrative xml:lang="en"><![CDATA[Support to the <b>police</b>]]></narrative>
                  </description>
                  <description xml:lang="es"><narrative>Apoyo</narrative></description>
                  <participating-org role="1" ref="XM-DAC-7" type="10" activity-id="XM-DAC-7-1" crs-channel-code="11000">
                   <narrative xml:lang="NL">Ministerie</narrative><narrative xml:lang="en">Ministry</narrative>
                  </participating-org>
                  <participating-org role="4"/>
                  <other-identifier ref="X" type="A1"/>
                  <activity-status code="2"/>
                  <activity-date type="1" iso-date="2020-01-01"><narrative>planned</narrative></activity-date>
                  <contact-info><email>a@example.org</email></contact-info>
                  <activity-scope code="4"/>
                  <recipient-country code="ML" percentage="60.50"/>
                  <recipient-region code="289" percentage="39.5"/>
                  <location ref="BKO">
                   <name><narrative>Bamako</narrative></name>
                   <description><narrative>Capital</narrative></description>
                   <point srsName="http://www.opengis.net/def/crs/EPSG/0/4326"><pos> 12.6392  -8.0029 </pos></point>
                  </location>
                  <sector code="15210" percentage="100.0"><narrative>SSR</narrative></sector>
                  <sector vocabulary="99" vocabulary-uri="http://example.org" code="POL" percentage="100"/>
                  <tag vocabulary="1" code="1"/>
                  <usg:treasury-account><usg:narrative>not IATI</usg:narrative></usg:treasury-account>
                  <policy-marker code="1" significance="2"/>
                  <collaboration-type code="1"/>
                  <default-flow-type code="10"/>
                  <default-finance-type code="110"/>
                  <default-aid-type vocabulary="2" code="1"/>
                  <default-aid-type code="C01"/>
                  <default-tied-status code="5"/>
                  <budget type="1" status="2">
                   <period-start iso-date="2020-01-01"/>
                   <period-end iso-date="2020-12-31"/>
                   <value value-date="2020-01-01">1000000.00</value>
                  </budget>
                  <planned-disbursement><value>5</value></planned-disbursement>
                  <transaction ref="T-1" humanitarian="0">
                   <transaction-type code="3"/>
                   <transaction-date iso-date="2020-06-30"/>
                   <value currency="XOF" value-date="2020-06-30">-250.000</value>
                   <description><narrative>Correction</narrative></description>
                   <provider-org ref="XM-DAC-7" provider-activity-id="XM-DAC-7-1"><narrative>Ministry</narrative></provider-org>
                   <receiver-org ref="ML-1" receiver-activity-id="ML-1-1"><narrative>Police</narrative></receiver-org>
                   <sector vocabulary="1" code="15210"/>
                  </transaction>
                  <document-link url="https://example.org/plan.pdf" format="application/pdf">
                   <title><narrative>Plan</narrative></title>
                   <category code="A02"/><category code="A01"/>
                   <language code="FR"/>
                   <document-date iso-date="2019-12-01"/>
                  </document-link>
                  <related-activity type="1" ref="XM-TEST-1"/>
                  <result type="2" aggregation-status="false">
                   <title><narrative>Trust</narrative></title>
                   <description><narrative>Citizens trust the police</narrative></description>
                   <indicator measure="2" ascending="true">
                    <title><narrative>Share who trust</narrative></title>
                    <description><narrative>Survey</narrative></description>
                    <baseline year="2019" iso-date="2019-06-01" value="31.5"><comment><narrative>Survey 2019</narrative></comment></baseline>
                    <period>
                     <period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>
                     <target value="40"/><actual value="35"/>
                    </period>
                   </indicator>
                  </result>
                  <crs-add><channel-code>11000</channel-code></crs-add>
                 </iati-activity>
                </iati-activities>
                """;
        List<ReadResult> results = new ArrayList<>();
        ReadSummary summary = new IatiReader()
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), results::add);

        assertThat(summary).isEqualTo(new ReadSummary("2.01", 1, 1, 0));
        // the correction of -250 XOF is kept as stated, and questioned
        assertThat(results.get(0).warnings()).extracting(Problem::rule).containsExactly(
                "transaction/value is negative (-250 XOF); counted as the file states", "6 elements Concord does not"
                + " model are kept as published and written back on export: (other namespaces), contact-info, crs-add,"
                + " other-identifier, planned-disbursement, tag");
        // what the model does not hold of modelled elements is kept on copies as published: the second narrative
        // of reporting-org and participating-org, the activity-date's narrative, the sector's vocabulary-uri, the
        // document's second category; and d-portal's dstore:dataset on the activity. A location and a sector written
        // otherwise than the writer writes them ("12.6392  -8.0029", percentage="100.0") are kept as published too.
        assertThat(results.get(0).activity().extras()).filteredOn(IatiActivity.Extra::copy)
                .extracting(IatiActivity.Extra::name).containsExactly("@", "=reporting-org", "=participating-org",
                        "=activity-date", "=location", "=sector", "=sector", "=document-link");
        assertThat(withoutCopies(results.get(0).activity())).isEqualTo(new IatiActivity(
                "XM-TEST-42", "USD", "fr", 2, true, Instant.parse("2021-05-17T10:42:54Z"),
                new IatiActivity.Org("XM-TEST", "40", "Test Org"),
                List.of(new Narrative(null, "Réforme de la police"), new Narrative("en", "Police reform")),
                List.of(new Description("1", new Narrative(null, "Appui à la police")),
                        new Description("1", new Narrative("en", "Support to the <b>police</b>")),
                        new Description(null, new Narrative("es", "Apoyo"))),
                List.of(new IatiActivity.Participant("1", "XM-DAC-7", "10", "XM-DAC-7-1", "11000",
                                new Narrative("nl", "Ministerie")),
                        new IatiActivity.Participant("4", null, null, null, null, null)),
                "2",
                List.of(new IatiActivity.ActivityDate("1", LocalDate.of(2020, 1, 1))),
                List.of(new IatiActivity.RecipientCountry("ML", dec("60.5"))),
                List.of(new IatiActivity.RecipientRegion("1", "289", dec("39.5"))),
                List.of(new Location("BKO", "Bamako", "Capital", dec("12.6392"), dec("-8.0029"))),
                List.of(new Sector("1", "15210", dec("100"), "SSR"), new Sector("99", "POL", dec("100"), null)),
                List.of(new IatiActivity.PolicyMarker("1", "1", "2")),
                "1", "10", "110", "C01", "5", "4",
                List.of(new Budget("1", "2", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                        new IatiActivity.Money(dec("1000000"), null, LocalDate.of(2020, 1, 1)))),
                List.of(new Transaction("T-1", false, "3", LocalDate.of(2020, 6, 30),
                        new IatiActivity.Money(dec("-250"), "XOF", LocalDate.of(2020, 6, 30)), "Correction",
                        new Party("XM-DAC-7", "XM-DAC-7-1", "Ministry"), new Party("ML-1", "ML-1-1", "Police"), null,
                        List.of(new Sector("1", "15210", null, null)), null, null, null, null, List.of(), null,
                        List.of())),
                List.of(new IatiActivity.DocumentLink("https://example.org/plan.pdf", "application/pdf", "Plan", "A02",
                        "fr", LocalDate.of(2019, 12, 1))),
                List.of(new IatiActivity.RelatedActivity("1", "XM-TEST-1")),
                List.of(new IatiActivity.Result("2", false, "Trust", "Citizens trust the police",
                        List.of(new IatiActivity.Indicator("2", true, "Share who trust", "Survey", 2019,
                                LocalDate.of(2019, 6, 1), "31.5", "Survey 2019",
                                List.of(new IatiActivity.Period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                                        "40", "35")))))),
                List.of(new IatiActivity.Extra("other-identifier", "<other-identifier ref=\"X\" type=\"A1\"></other-identifier>"),
                        new IatiActivity.Extra("contact-info", "<contact-info><email>a@example.org</email></contact-info>"),
                        new IatiActivity.Extra("tag", "<tag vocabulary=\"1\" code=\"1\"></tag>"),
                        new IatiActivity.Extra(IatiActivity.Extra.FOREIGN, "<usg:treasury-account"
                                + " xmlns:usg=\"http://www.usaid.gov/iati\"><usg:narrative>not IATI</usg:narrative>"
                                + "</usg:treasury-account>"),
                        new IatiActivity.Extra("planned-disbursement",
                                "<planned-disbursement><value>5</value></planned-disbursement>"),
                        new IatiActivity.Extra("crs-add", "<crs-add><channel-code>11000</channel-code></crs-add>"))));
        // amounts keep their value, not their scale: 1000000.00 and 1000000 are one amount
        assertThat(results.get(0).activity().budgets().get(0).value().amount().toPlainString()).isEqualTo("1000000");
    }

    @Test
    void lastUpdatedWithoutTimeZoneIsReadAsUtcWithAWarning() throws IOException {
        List<ReadResult> all = new ArrayList<>();
        for (String file : manifest().keySet()) {
            all.addAll(read(file).results());
        }
        List<ReadResult> dated = all.stream().filter(r -> r.activity().lastUpdated() != null).toList();
        assertThat(dated).hasSize(9);
        ReadResult first = dated.stream()
                .filter(r -> r.activity().lastUpdated().equals(Instant.parse("2021-01-15T06:29:00Z")))
                .findFirst().orElseThrow();
        assertThat(first.warnings()).extracting(Problem::rule)
                .contains("last-updated-datetime has no time zone; read as UTC: '2021-01-15T06:29:00'");
    }

    @Test
    void activitiesReachTheSinkWhileTheFileIsStillBeingRead() {
        int activities = 20_000; // about 20 MB, generated as it is read
        AtomicInteger produced = new AtomicInteger();
        Iterator<InputStream> parts = new Iterator<>() {
            int next = -1;

            @Override
            public boolean hasNext() {
                return next <= activities;
            }

            @Override
            public InputStream next() {
                String xml;
                if (next == -1) {
                    xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n";
                } else if (next == activities) {
                    xml = "</iati-activities>\n";
                } else {
                    produced.incrementAndGet();
                    xml = activity(next);
                }
                next++;
                return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
            }
        };
        List<Integer> producedWhenFirstArrived = new ArrayList<>();
        AtomicInteger seen = new AtomicInteger();
        try (InputStream in = new SequenceInputStream(lazily(parts))) {
            ReadSummary summary = new IatiReader().read(in, r -> {
                if (seen.getAndIncrement() == 0) {
                    producedWhenFirstArrived.add(produced.get());
                }
                assertThat(r.accepted()).isTrue();
            });
            assertThat(summary.seen()).isEqualTo(activities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(producedWhenFirstArrived.get(0)).isLessThan(100);
    }

    /** Lazily: the enumeration asks for each part only when the previous one is used up. */
    private static Enumeration<InputStream> lazily(Iterator<InputStream> parts) {
        return new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return parts.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return parts.next();
            }
        };
    }

    private static String activity(int i) {
        return """
                <iati-activity default-currency="EUR">
                 <iati-identifier>XM-TEST-%1$d</iati-identifier>
                 <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                 <title><narrative>Activity %1$d %2$s</narrative></title>
                 <transaction>
                  <transaction-type code="3"/>
                  <transaction-date iso-date="2020-01-01"/>
                  <value value-date="2020-01-01">%1$d.50</value>
                 </transaction>
                </iati-activity>
                """.formatted(i, "x".repeat(700));
    }

    /** As the reader normalises every decimal: without trailing zeros (so 100 is 1E+2). */
    static BigDecimal dec(String value) {
        return new BigDecimal(value).stripTrailingZeros();
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The activity without the copies of modelled elements as published (IatiActivity.Extra#copy). */
    static IatiActivity withoutCopies(IatiActivity a) {
        return new IatiActivity(a.identifier(), a.defaultCurrency(), a.defaultLanguage(), a.hierarchy(),
                a.humanitarian(), a.lastUpdated(), a.reportingOrg(), a.titles(), a.descriptions(), a.participants(),
                a.status(), a.dates(), a.countries(), a.regions(), a.locations(), a.sectors(), a.policyMarkers(),
                a.collaborationType(), a.defaultFlowType(), a.defaultFinanceType(), a.defaultAidType(),
                a.defaultTiedStatus(), a.activityScope(), a.budgets(), a.transactions(), a.documents(),
                a.relatedActivities(), a.results(), a.extras().stream().filter(e -> !e.copy()).toList());
    }
}
