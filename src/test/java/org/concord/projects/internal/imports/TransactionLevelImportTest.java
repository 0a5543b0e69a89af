package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.TestActors;
import org.concord.projects.CountedTotals;
import org.concord.projects.WhoDoesWhat;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.country.CountryProfiles;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiRule;
import org.concord.projects.internal.iati.IatiSchemaValidation;
import org.concord.projects.internal.iati.IatiWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file in the shape of the US government's (src/test/resources/iati/transactions/us-shape-transaction-level.xml,
 * written for these tests: sectors in vocabularies 1 and 99, recipient countries and regions only on transactions, a
 * publisher namespace, no XML declaration, implementers with placeholder references): what it says counts for its
 * activities' countries, reform areas and regions, and it is kept whole.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionLevelImportTest {

    static final String FILE = "/iati/transactions/us-shape-transaction-level.xml";
    static final String POLICE = "US-GOV-1-TEST-FM-POLICE";
    static final String DEFENCE = "US-GOV-1-TEST-FM-GW-DEFENCE";
    static final String REGIONAL = "US-GOV-1-TEST-REGIONAL-RIGHTS";

    @Autowired
    ImportService imports;
    @Autowired
    ImportWorker worker;
    @Autowired
    ActivityStore store;
    @Autowired
    CountryProfiles countries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    ImportJob job;

    static byte[] file() throws IOException {
        try (InputStream in = TransactionLevelImportTest.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        }
    }

    static List<IatiReader.ReadResult> parse(byte[] xml) {
        List<IatiReader.ReadResult> results = new ArrayList<>();
        new IatiReader().read(new ByteArrayInputStream(xml), results::add);
        return results;
    }

    @BeforeAll
    void importTheFile() throws IOException {
        byte[] content = file();
        ImportJob queued = TestActors.runAs(TestActors.admin(),
                () -> imports.submit("us-shape.xml", new ByteArrayInputStream(content)));
        assertThat(worker.runIfFree(queued.id())).isTrue();
        job = TestActors.runAs(TestActors.admin(), () -> imports.job(queued.id()));
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.created() + job.unchanged()).isEqualTo(3);
    }

    @Test
    void everyTransactionElementIsReadAndTheActivityReadsBackFromTheDatabaseEqual() throws IOException {
        List<IatiReader.ReadResult> parsed = parse(file());
        IatiActivity police = parsed.get(0).activity();
        IatiActivity.Transaction disbursement = police.transactions().get(1);
        assertThat(disbursement.sectors()).containsExactly(new IatiActivity.Sector("1", "15132", null, null),
                new IatiActivity.Sector("99", "PS.1", null, "Peace and Security: Counter-Terrorism"));
        assertThat(disbursement.recipientCountry()).isEqualTo("FM");
        assertThat(disbursement.flowType()).isEqualTo("10");
        assertThat(disbursement.financeType()).isEqualTo("110");
        assertThat(disbursement.aidTypes()).containsExactly(new IatiActivity.AidType("1", "C01"),
                new IatiActivity.AidType("2", "1"));
        assertThat(disbursement.tiedStatus()).isEqualTo("5");
        assertThat(disbursement.disbursementChannel()).isEqualTo("2");
        assertThat(disbursement.humanitarian()).isFalse();
        assertThat(disbursement.description()).isEqualTo("Disbursement for police training");
        assertThat(disbursement.provider()).isEqualTo(new IatiActivity.Party("US-GOV-1", POLICE,
                "U.S. Department of State (test)", "10"));
        assertThat(disbursement.receiver()).isEqualTo(new IatiActivity.Party("N/A", "XX-TEST-PPP-1",
                "Pacific Policing Partners", "21"));
        assertThat(disbursement.extras()).filteredOn(e -> !e.copy()).singleElement().satisfies(e -> {
            assertThat(e.foreign()).isTrue();
            assertThat(e.xml()).contains("treasury-account").contains("main-account=\"1022\"").contains("INCLE");
        });
        assertThat(parsed.get(2).activity().transactions().get(0).recipientRegion())
                .isEqualTo(new IatiActivity.RecipientRegion("1", "889", null));
        // the activity's elements Concord does not model are kept, and the report says how many
        assertThat(police.extras()).filteredOn(e -> !e.copy()).extracting(IatiActivity.Extra::name).containsExactly("other-identifier",
                "contact-info", "planned-disbursement", IatiActivity.Extra.FOREIGN);
        assertThat(parsed.get(0).warnings()).filteredOn(w -> w.key() == IatiRule.KEPT_AS_PUBLISHED).singleElement()
                .satisfies(w -> assertThat(w.arguments()).startsWith("5"));
        assertThat(TestActors.runAs(TestActors.admin(), () -> imports.problems(job.id(), "WARNING")))
                .filteredOn(p -> p.rule().contains("kept as published")).hasSize(1);
        // the import page's report gives the file's total, over activities and their transactions
        long keptInFile = parsed.stream().mapToLong(r -> r.activity().extras().stream().filter(e -> !e.copy()).count()
                + r.activity().transactions().stream().mapToLong(t -> t.extras().stream().filter(e -> !e.copy())
                .count()).sum()).sum();
        assertThat(keptInFile).isGreaterThanOrEqualTo(5);
        assertThat(job.kept()).isEqualTo(keptInFile);

        for (IatiReader.ReadResult r : parsed) {
            long id = store.idOf(r.activity().identifier()).orElseThrow();
            assertThat(transactions.execute(s -> store.load(id)).orElseThrow()).isEqualTo(r.activity());
        }
    }

    @Test
    void theExportIsValidAndReadsBackEqualTransactionSectorsCountriesAndKeptElementsIncluded() throws IOException {
        List<IatiActivity> stored = transactions.execute(s -> store.loadAll(List.of(store.idOf(POLICE).orElseThrow(),
                store.idOf(DEFENCE).orElseThrow(), store.idOf(REGIONAL).orElseThrow())));
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        new IatiWriter().write(stored, export, Instant.parse("2026-01-01T00:00:00Z"));
        String xml = export.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("<recipient-country code=\"FM\"").contains("code=\"PS.1\"")
                .contains("<contact-info").contains("<planned-disbursement").contains("usg:treasury-account")
                .contains("usg:program-area");

        URL schema = getClass().getResource("/iati/schema/iati-activities-schema.xsd");
        assertThat(IatiSchemaValidation.validate(new ByteArrayInputStream(export.toByteArray()), schema)).isEmpty();
        List<IatiReader.ReadResult> reread = parse(export.toByteArray());
        assertThat(reread).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(reread.stream().map(IatiReader.ReadResult::activity).toList()).isEqualTo(stored);
        // the activity-level rows derived from the transactions are not written as the activity's own
        assertThat(stored.get(0).countries()).isEmpty();
        assertThat(stored.get(0).sectors()).isEmpty();
    }

    @Test
    void theActivityPageShowsEachTransactionsDetailsReadably() throws Exception {
        long police = store.idOf(POLICE).orElseThrow();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/activities/" + police).locale(Locale.ENGLISH))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        // a disclosure per transaction with details, named by its date and type; labels and codes with their names
        assertThat(page).contains("<summary>Details of the transaction of Jun 30, 2020 (Disbursement)</summary>")
                .contains("<dt>Provided by</dt>").contains("from activity</span> <code>US-GOV-1-TEST-FM-POLICE</code>")
                .contains("<dt>Received by</dt>").contains("into activity</span> <code>XX-TEST-PPP-1</code>")
                .contains("<dt>Disbursement channel</dt>")
                .contains("Directly to the implementing institution, in a separate bank account")
                .contains("<dt>Flow type</dt>").contains("ODA").contains("<dt>Finance type</dt>").contains("Standard grant")
                .contains("<code>1:C01</code>").contains("Project-type interventions")
                .contains("<dt>Tied status</dt>").contains("Untied")
                .contains("<dt>Humanitarian</dt>").contains("Disbursement for police training")
                .contains("<code>99:PS.1</code>").contains("Peace and Security: Counter-Terrorism")
                .contains("<dt>Recipient country</dt>");
        // the de-obligation is marked, and the disbursements total says what negative it includes
        assertThat(page).contains("Negative: counted as the file states; question it")
                .contains("of which negative: -50,000.25\u00a0USD");
    }

    @Test
    void theActivityPageSaysWhereFromItsTransactionsWhenTheActivityNamesNoCountry() throws Exception {
        long police = store.idOf(POLICE).orElseThrow();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/activities/" + police).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        // the "Where" section is not left empty: the transactions' country, once, linked to the activity list
        assertThat(page).contains("<p id=\"where-transactions\">Named on its transactions:</p>")
                .containsOnlyOnce("<li><a href=\"/activities?country=FM\">Micronesia</a></li>")
                .doesNotContain("where-none");
        long regional = store.idOf(REGIONAL).orElseThrow();
        String regionalPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/activities/" + regional).locale(Locale.ENGLISH))
                .andReturn().getResponse().getContentAsString();
        assertThat(regionalPage).contains("href=\"/activities?region=889\"").contains("href=\"/activities?region=998\"");
    }

    @Test
    void aCountrysFiguresTakeEachTransactionsOwnCountry() {
        CountedTotals micronesia = countries.totals("FM");
        assertThat(micronesia.activities()).isEqualTo(2);
        // 1,200,000.25 + 800,000 - 50,000.25 (police) + 300,000 (defence, its Micronesian part)
        assertThat(micronesia.spendingUsd()).isEqualByComparingTo("2250000.00");
        CountedTotals guineaBissau = countries.totals("GW");
        assertThat(guineaBissau.activities()).isEqualTo(1);
        assertThat(guineaBissau.spendingUsd()).isEqualByComparingTo("700000.00");
        // the map lists both
        assertThat(countries.map(Locale.ENGLISH)).filteredOn(c -> c.code().equals("FM")).singleElement()
                .satisfies(c -> assertThat(c.activities()).isEqualTo(2));
        // the activity list's country filter and the donor table see them too
        assertThat(countries.fundingByDonor("FM").total()).isEqualByComparingTo("2250000.00");
    }

    @Test
    void reformAreasComeFromTheTransactionsSectorsByValueShare() {
        Map<String, BigDecimal> shares = jdbc.query("""
                select s.reform_area, s.share from activity_area_share s join activity a on a.id = s.activity_id
                where a.iati_identifier = ?""", rs -> {
            Map<String, BigDecimal> m = new java.util.TreeMap<>();
            while (rs.next()) {
                m.put(rs.getString(1), rs.getBigDecimal(2));
            }
            return m;
        }, POLICE);
        // disbursements: police 1,200,000.25 - 50,000.25 = 1,150,000; justice 800,000 (of 1,950,000)
        assertThat(shares.keySet()).containsExactly("JUSTICE_CORRECTIONS", "POLICE_REFORM");
        assertThat(shares.get("POLICE_REFORM")).isCloseTo(new BigDecimal("0.589744"), org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
        assertThat(shares.get("JUSTICE_CORRECTIONS")).isCloseTo(new BigDecimal("0.410256"), org.assertj.core.data.Offset.offset(new BigDecimal("0.000001")));
        assertThat(jdbc.queryForList("""
                select s.reform_area from activity_area_share s join activity a on a.id = s.activity_id
                where a.iati_identifier = ?""", String.class, DEFENCE)).containsExactly("DEFENCE_REFORM");
        assertThat(jdbc.queryForList("""
                select s.reform_area from activity_area_share s join activity a on a.id = s.activity_id
                where a.iati_identifier = ?""", String.class, REGIONAL)).containsExactly("HUMAN_RIGHTS");
    }

    @Test
    void regionsGivenOnlyOnTransactionsAreTheActivitysRegions() {
        assertThat(jdbc.queryForList("""
                select r.code || ' ' || r.percentage::float8 from activity_region r join activity a on a.id = r.activity_id
                where a.iati_identifier = ? order by r.seq""", String.class, REGIONAL)).containsExactly("889 80", "998 20");
    }

    @Test
    void implementersWithAPlaceholderReferenceStaySeparateOrganisations() {
        WhoDoesWhat micronesia = countries.whoDoesWhat("FM", Locale.ENGLISH);
        assertThat(micronesia.rows()).extracting(WhoDoesWhat.Row::implementer).contains("Pacific Policing Partners",
                "Island Justice Institute", "Tetra Consultants (test)", "Harbour Advisory Group (test)");
        assertThat(micronesia.rows()).hasSize(4);
        // no directory organisation is entered for a placeholder reference
        assertThat(jdbc.queryForObject("select count(*) from organisation where iati_identifier in ('N/A', '0', '1')",
                Long.class)).isZero();
        assertThat(jdbc.queryForList("""
                select distinct p.org_key from activity_participant p join activity a on a.id = p.activity_id
                where a.iati_identifier = ? and p.role = '4'""", String.class, POLICE)).hasSize(2);
    }

    @Test
    void theCsvExportNamesTheCountriesAndSectorsOfTheTransactions() throws IOException {
        List<IatiActivity> stored = transactions.execute(s -> store.loadAll(List.of(store.idOf(DEFENCE).orElseThrow())));
        java.io.StringWriter csv = new java.io.StringWriter();
        new org.concord.projects.internal.iati.HxlCsvWriter().write(stored, csv);
        assertThat(csv.toString().lines().skip(2).findFirst().orElseThrow()).contains("FM; GW").contains("15210");
    }

    static String names(List<WhoDoesWhat.Row> rows) {
        return rows.stream().map(WhoDoesWhat.Row::implementer).collect(Collectors.joining(", "));
    }
}
