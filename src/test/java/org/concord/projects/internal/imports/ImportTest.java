package org.concord.projects.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concord.TestActors;
import org.concord.projects.internal.activities.ActivityStore;
import org.concord.projects.internal.iati.IatiActivity;
import org.concord.projects.internal.iati.IatiReader;
import org.concord.projects.internal.iati.IatiSchemaValidation;
import org.concord.projects.internal.iati.IatiWriter;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the real IATI files under src/test/resources/iati/activities (see MANIFEST.md there for their sources),
 * exports them again and reads the export back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportTest {

    static final List<String> REAL_FILES = List.of("dportal-2021-context-nonssr-GE-UA-AF-ML.xml",
            "dportal-2021-ssr-es-aecid.xml", "dportal-2021-ssr-eu-fpi.xml", "dportal-2021-ssr-eu-intpa.xml",
            "dportal-2021-ssr-eu-near.xml", "dportal-2021-ssr-other-dev-publishers.xml", "dportal-2021-ssr-uk-fcdo.xml",
            "dportal-2021-ssr-undp.xml", "dportal-2021-ssr-worldbank.xml");

    static final Authentication COORDINATOR = TestActors.as("import-coordinator", new Grant(Role.COORDINATOR, 1L));

    @Autowired
    ImportService imports;
    @Autowired
    ImportWorker worker;
    @Autowired
    ActivityStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.concord.audit.AuditLog auditLog;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportTest.class.getResourceAsStream("/iati/activities/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static List<IatiReader.ReadResult> parse(byte[] xml) {
        List<IatiReader.ReadResult> results = new ArrayList<>();
        new IatiReader().read(new ByteArrayInputStream(xml), results::add);
        return results;
    }

    /** Imports as an administrator, who may write any publisher's activities. */
    ImportJob importNow(String name, byte[] content) {
        ImportJob queued = TestActors.runAs(TestActors.admin(), () -> imports.submit(name, new ByteArrayInputStream(content)));
        assertThat(worker.runIfFree(queued.id())).isTrue();
        return TestActors.runAs(COORDINATOR, () -> imports.job(queued.id()));
    }

    static Stream<String> realFiles() {
        return REAL_FILES.stream();
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void everyRealFileImportsAndReImportingChangesNothing(String file) throws IOException {
        byte[] xml = resource(file);
        List<IatiReader.ReadResult> parsed = parse(xml);
        // a publisher's file may carry the same activity twice; the first is imported, the repeat reported
        long distinct = parsed.stream().filter(IatiReader.ReadResult::accepted).map(r -> r.activity().identifier()).distinct().count();
        long repeats = parsed.stream().filter(IatiReader.ReadResult::accepted).count() - distinct;

        long entered = jdbc.queryForObject("select count(*) from audit_entry where action = 'created-from-iati'", Long.class);
        ImportJob first = importNow(file, xml);
        assertThat(first.status()).isEqualTo("DONE");
        // participating organisations with a well-formed IATI identifier are linked to the directory, entered
        // there (and audited) when it did not know them
        assertThat(jdbc.queryForObject("""
                select count(*) from activity_participant p join activity a on a.id = p.activity_id
                where a.source = 'import' and p.organisation_id is null and length(p.ref) <= 100
                  and p.ref ~* '^[A-Z]{2}-[A-Z0-9]{2,}-[^\\s/&|?]+$'""", Long.class)).as("unlinked organisations").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from activity_participant p join organisation o on o.id = p.organisation_id
                where o.iati_identifier <> p.ref""", Long.class)).as("wrongly linked organisations").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'created-from-iati'", Long.class))
                .isEqualTo(entered + first.organisationsCreated());
        assertThat(first.total()).isEqualTo(parsed.size());
        assertThat(first.processed()).isEqualTo(parsed.size());
        assertThat(first.rejected()).isEqualTo(parsed.size() - distinct);
        assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(distinct);
        assertThat(TestActors.runAs(COORDINATOR, () -> imports.problems(first.id(), "REJECTED")))
                .filteredOn(p -> p.rule().contains("appears earlier in this file")).hasSize((int) repeats);

        // each created activity has its audit row, by the person who asked for the import (an administrator),
        // and the chain holds
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_entry where entity_type = 'activity' and action = 'imported'
                and actor = 'test-admin' and origin like ?""", Long.class, "import job " + first.id() + ":%"))
                .isEqualTo(first.created());
        assertThat(auditLog.verify().intact()).isTrue();

        long auditRows = jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'activity'", Long.class);
        ImportJob again = importNow(file, xml);
        assertThat(again.status()).isEqualTo("DONE");
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(distinct);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'activity'", Long.class))
                .as("a re-import writes no activity").isEqualTo(auditRows);

        // every activity reads back from the database equal to what the file said (its first occurrence)
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (IatiReader.ReadResult r : parsed) {
            if (r.accepted() && seen.add(r.activity().identifier())) {
                long id = store.idOf(r.activity().identifier()).orElseThrow();
                assertThat(transactions.execute(s -> store.load(id)).orElseThrow()).isEqualTo(r.activity());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void exportIsSchemaValidAndImportOfTheExportEqualsTheOriginal(String file) throws IOException {
        List<IatiActivity> original = parse(resource(file)).stream().filter(IatiReader.ReadResult::accepted)
                .map(IatiReader.ReadResult::activity).toList();
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        new IatiWriter().write(original, export, Instant.parse("2026-11-25T10:00:00Z"));

        URL schema = getClass().getResource("/iati/schema/iati-activities-schema.xsd");
        assertThat(IatiSchemaValidation.validate(new ByteArrayInputStream(export.toByteArray()), schema)).isEmpty();

        List<IatiReader.ReadResult> reread = parse(export.toByteArray());
        assertThat(reread).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(reread.stream().map(IatiReader.ReadResult::activity).toList()).isEqualTo(original);
    }

    @Test
    void aNewerVersionOfAnActivityUpdatesItAndOnlyIt() throws IOException {
        byte[] xml = resource("dportal-2021-ssr-es-aecid.xml");
        importNow("aecid.xml", xml);
        IatiActivity first = parse(xml).get(0).activity();
        String changed = new String(xml, StandardCharsets.UTF_8).replaceFirst("(<title>\\s*<narrative[^>]*>)", "$1Revised: ");
        ImportJob job = importNow("aecid-v2.xml", changed.getBytes(StandardCharsets.UTF_8));
        assertThat(job.updated()).isEqualTo(1);
        assertThat(job.created()).isZero();
        long id = store.idOf(first.identifier()).orElseThrow();
        assertThat(transactions.execute(s -> store.load(id)).orElseThrow().titles().get(0).text()).startsWith("Revised: ");
    }

    static final List<String> ACTIVITY_ROW_TABLES = List.of("activity_title", "activity_description", "activity_date",
            "activity_participant", "activity_country", "activity_region", "activity_sector", "activity_policy_marker",
            "activity_location", "activity_budget", "activity_transaction", "activity_document", "activity_related",
            "activity_result", "activity_indicator", "activity_indicator_period");

    @Test
    void removingAnActivityRemovesEveryRowOfIt() throws IOException {
        importNow("dportal-2021-ssr-undp.xml", resource("dportal-2021-ssr-undp.xml"));
        String rows = ACTIVITY_ROW_TABLES.stream().map(t -> "(select count(*) from " + t + " where activity_id = a.id)")
                .collect(java.util.stream.Collectors.joining(" + "));
        long id = jdbc.queryForObject("select a.id from activity a order by " + rows + " desc limit 1", Long.class);
        assertThat(jdbc.queryForObject("select " + rows + " from activity a where a.id = ?", Long.class, id))
                .as("rows of the richest activity").isGreaterThan(20);

        transactions.executeWithoutResult(s -> store.delete(id));

        for (String table : ACTIVITY_ROW_TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where activity_id = ?", Long.class, id))
                    .as(table).isZero();
        }
        // and nowhere in the database is a row left without its activity
        for (String table : ACTIVITY_ROW_TABLES) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " t where not exists "
                    + "(select 1 from activity a where a.id = t.activity_id)", Long.class)).as(table).isZero();
        }
    }

    @Test
    void rejectedActivitiesAreReportedByElementAndRule() throws Exception {
        String xml = """
                <iati-activities version="2.03">
                  <iati-activity default-currency="EUR">
                    <iati-identifier>XM-TEST-REJECT-OK</iati-identifier>
                    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                    <title><narrative>Kept</narrative></title>
                  </iati-activity>
                  <iati-activity default-currency="EUR">
                    <iati-identifier>XM-TEST-REJECT-BAD</iati-identifier>
                    <reporting-org ref="XM-TEST" type="10"><narrative>Test</narrative></reporting-org>
                    <title><narrative>Broken</narrative></title>
                    <transaction><transaction-type code="3"/><transaction-date iso-date="2021-01-01"/>
                      <value value-date="2021-01-01">12,5a</value></transaction>
                  </iati-activity>
                </iati-activities>""";
        ImportJob job = importNow("reject.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(job.rejected()).isEqualTo(1);
        assertThat(job.created() + job.unchanged()).isEqualTo(1);
        List<ImportProblem> problems = TestActors.runAs(COORDINATOR, () -> imports.problems(job.id(), "REJECTED"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.iatiIdentifier()).isEqualTo("XM-TEST-REJECT-BAD");
            assertThat(p.position()).isEqualTo(2);
            assertThat(p.element()).contains("transaction[1]/value");
            assertThat(p.rule()).contains("12,5a");
            assertThat(p.ruleKey()).isEqualTo("value-not-a-number");
            assertThat(p.ruleArguments()).containsExactly("12,5a");
        });
        assertThat(store.idOf("XM-TEST-REJECT-BAD")).isEmpty();

        // the report speaks the reader's language; a row stored before rules had keys still reads, in its words
        jdbc.update("""
                insert into import_rejection (job_id, iati_identifier, position, kind, element, rule)
                values (?, 'XM-TEST-OLD', 3, 'REJECTED', 'iati-activity[3]', 'stored as text')""", job.id());
        mvc.perform(get("/api/v1/imports/" + job.id()).header("Accept-Language", "fr").with(authentication(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejections[0].ruleKey").value("value-not-a-number"))
                .andExpect(jsonPath("$.rejections[0].ruleArguments[0]").value("12,5a"))
                .andExpect(jsonPath("$.rejections[0].rule").value("value n'est pas un nombre : '12,5a'"))
                .andExpect(jsonPath("$.rejections[1].ruleKey").doesNotExist())
                .andExpect(jsonPath("$.rejections[1].rule").value("stored as text"));
    }

    static Stream<String> hostile() {
        return Stream.of(
                // billion laughs
                """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&lol3;</iati-identifier></iati-activity></iati-activities>""",
                // external entity
                """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>""",
                // a DOCTYPE alone
                """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities SYSTEM "http://example.org/iati.dtd">
                <iati-activities version="2.03"></iati-activities>""",
                "this is not XML at all",
                "<iati-activities version=\"1.05\"><iati-activity/></iati-activities>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileOrUnsupportedFilesAreRefusedAndNothingIsWritten(String xml) {
        long jobs = jdbc.queryForObject("select count(*) from import_job", Long.class);
        long activities = jdbc.queryForObject("select count(*) from activity", Long.class);
        assertThatThrownBy(() -> TestActors.runAs(COORDINATOR,
                () -> imports.submit("hostile.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("file");
                    assertThat(e.errors().get(0).rule()).isEqualTo("iati-file");
                    assertThat(String.valueOf(e.errors().get(0).arguments()[0])).isNotBlank().doesNotContain("root:");
                });
        assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobs);
        assertThat(jdbc.queryForObject("select count(*) from activity", Long.class)).isEqualTo(activities);
    }

    @Test
    void anOversizedUploadIsRefusedWithAClearErrorAndNothingIsWritten() throws Exception {
        long jobs = jdbc.queryForObject("select count(*) from import_job", Long.class);
        byte[] huge = new byte[200 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "huge.xml", "application/xml", huge))
                        .with(authentication(COORDINATOR)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("file-too-large"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is larger than the limit of 100 MB."));
        assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobs);
    }

    @Test
    void aNarrativeOverTheLimitIsRefusedBeforeTheFileIsQueuedNamingWhereItIs() throws Exception {
        long jobs = jdbc.queryForObject("select count(*) from import_job", Long.class);
        byte[] xml = ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XM-TEST-LONG-TITLE</iati-identifier>
                    <title><narrative>""" + "x".repeat(100_001) + """
                </narrative></title>
                  </iati-activity>
                </iati-activities>
                """).getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/imports").contentType(MediaType.APPLICATION_XML).content(xml)
                        .with(authentication(COORDINATOR)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].rule").value("iati-text-too-long"))
                .andExpect(jsonPath("$.errors[0].message").value("The file cannot be imported: the text of"
                        + " iati-activity[1]/title/narrative (line 5, activity XM-TEST-LONG-TITLE) is longer than 100,000"
                        + " characters, the most Concord accepts in one element."));
        // the page says the same in the reader's language
        String page = mvc.perform(multipart("/activities/import")
                        .file(new MockMultipartFile("files", "long.xml", "application/xml", xml))
                        .header("Accept-Language", "fr").with(authentication(COORDINATOR))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("le texte de iati-activity[1]/title/narrative (ligne 5, activité XM-TEST-LONG-TITLE)"
                + " dépasse 100\u202f000 caractères");
        assertThat(jdbc.queryForObject("select count(*) from import_job", Long.class)).isEqualTo(jobs);
    }

    @Test
    void documentLinksFromAFileAreLinksOnlyForHttpAndHttps() throws Exception {
        String identifier = "XM-TEST-DOCUMENT-LINKS";
        byte[] xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03">
                  <iati-activity default-currency="EUR">
                    <iati-identifier>%s</iati-identifier>
                    <reporting-org ref="XM-TEST" type="10"><narrative>Test publisher</narrative></reporting-org>
                    <title><narrative>Documents of every kind</narrative></title>
                    <activity-status code="2"/>
                    <activity-date type="2" iso-date="2024-01-01"/>
                    <document-link url="https://example.org/annual-report.pdf" format="application/pdf">
                      <title><narrative>Annual report</narrative></title>
                    </document-link>
                    <document-link url="javascript:alert(document.cookie)" format="text/html">
                      <title><narrative>Evaluation</narrative></title>
                    </document-link>
                    <document-link url=" JaVa&#9;Script:alert(1)" format="text/html">
                      <title><narrative>Baseline study</narrative></title>
                    </document-link>
                    <document-link url="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" format="text/html"/>
                  </iati-activity>
                </iati-activities>
                """.formatted(identifier).getBytes(StandardCharsets.UTF_8);
        assertThat(importNow("links.xml", xml).status()).isEqualTo("DONE");
        long id = jdbc.queryForObject("select id from activity where iati_identifier = ?", Long.class, identifier);
        String page = mvc.perform(get("/activities/" + id).with(authentication(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> hrefs = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
        assertThat(hrefs).contains("https://example.org/annual-report.pdf")
                .noneMatch(href -> href.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(java.util.Locale.ROOT)
                        .matches("^(javascript|data):.*"));
        // the others are still shown, as text: the reader sees what the file says
        assertThat(page).contains("<bdi>Evaluation</bdi> <code class=\"meta\">javascript:alert(document.cookie)</code>")
                .contains("<bdi>data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==</bdi>")
                .contains("<bdi>Baseline study</bdi>");
    }

    @Test
    void anImportDoesNotReplaceAnActivityEnteredByHand() throws Exception {
        String identifier = "XM-DAC-41114-HANDTEST-1";
        jdbc.update("delete from activity where iati_identifier = ?", identifier);
        mvc.perform(post("/api/v1/activities").with(authentication(TestActors.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"identifier": "%s", "defaultCurrency": "USD", "defaultLanguage": "en",
                                 "reportingOrg": {"ref": "XM-DAC-41114", "type": "40", "name": "UNDP"},
                                 "titles": [{"lang": null, "text": "Entered by hand"}], "descriptions": [],
                                 "participants": [], "status": "2", "dates": [{"type": "1", "date": "2025-01-01"}],
                                 "countries": [{"code": "UA", "percentage": 100}], "sectors": [], "budgets": [],
                                 "regions": [], "locations": [], "policyMarkers": [], "transactions": [],
                                 "documents": [], "relatedActivities": [], "results": []}
                                """.formatted(identifier)))
                .andExpect(status().isCreated());
        byte[] file = """
                <iati-activities version="2.03" generated-datetime="2025-01-01T00:00:00Z">
                  <iati-activity default-currency="USD" last-updated-datetime="2025-02-01T00:00:00Z">
                    <iati-identifier>%s</iati-identifier>
                    <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
                    <title><narrative>From a file</narrative></title>
                    <activity-status code="2"/>
                    <activity-date type="1" iso-date="2025-01-01"/>
                    <recipient-country code="UA" percentage="100"/>
                  </iati-activity>
                </iati-activities>""".formatted(identifier).getBytes(StandardCharsets.UTF_8);

        ImportJob job = importNow("hand.xml", file);
        assertThat(job.rejected()).isEqualTo(1);
        assertThat(job.created() + job.updated() + job.unchanged()).isZero();
        ImportProblem problem = TestActors.runAs(COORDINATOR, () -> imports.problems(job.id(), "REJECTED")).get(0);
        assertThat(problem.ruleKey()).isEqualTo("entered-by-hand");
        assertThat(problem.iatiIdentifier()).isEqualTo(identifier);
        assertThat(jdbc.queryForObject("select title || ' / ' || source from activity where iati_identifier = ?",
                String.class, identifier)).isEqualTo("Entered by hand / manual");
    }

    @Test
    void anActivityItsCoordinatorsHandOverIsReplacedByTheNextImportUntilTheyTakeItBack() throws Exception {
        String identifier = "XM-DAC-41114-HANDOVER-1";
        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        Authentication coordinator = TestActors.as("handover-coordinator", new Grant(Role.COORDINATOR, undp));
        Authentication evaluator = TestActors.as("handover-evaluator", new Grant(Role.EVALUATOR, undp));
        Authentication outsider = TestActors.as("handover-outsider", new Grant(Role.COORDINATOR,
                jdbc.queryForObject("select id from organisation where slug = 'unicef'", Long.class)));
        String created = mvc.perform(post("/api/v1/activities").with(authentication(coordinator))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"identifier": "%s", "defaultCurrency": "USD", "defaultLanguage": "en",
                                 "reportingOrg": {"ref": "XM-DAC-41114", "type": "40", "name": "UNDP"},
                                 "titles": [{"lang": null, "text": "Entered by hand"}], "descriptions": [],
                                 "participants": [], "status": "2", "dates": [{"type": "1", "date": "2025-01-01"}],
                                 "countries": [{"code": "UA", "percentage": 100}], "sectors": [], "budgets": [],
                                 "regions": [], "locations": [], "policyMarkers": [], "transactions": [],
                                 "documents": [], "relatedActivities": [], "results": []}
                                """.formatted(identifier)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
        assertThat(importNow("handover.xml", fileWithTitle(identifier, "From the file")).rejected()).isEqualTo(1);

        // its page offers the hand-over to its coordinator, whom a page of its own tells what follows
        mvc.perform(get("/activities/" + id).with(authentication(coordinator)))
                .andExpect(content().string(containsString("href=\"/activities/" + id + "/hand-over\"")));
        mvc.perform(get("/activities/" + id).with(authentication(evaluator)))
                .andExpect(content().string(not(containsString("/hand-over"))));
        mvc.perform(get("/activities/" + id + "/hand-over").with(authentication(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the next IATI file with the identifier " + identifier)));
        long rows = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        mvc.perform(post("/activities/" + id + "/hand-over").with(csrf()).with(authentication(evaluator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/activities/" + id + "/hand-over").with(authentication(outsider)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(rows);

        mvc.perform(post("/activities/" + id + "/hand-over").with(csrf()).with(authentication(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select changes from audit_entry where entity_type = 'activity' and entity_id = ? "
                + "and action = 'handed-over'", String.class, String.valueOf(id)))
                .containsExactly("{\"source\":{\"after\":\"import\",\"before\":\"manual\"}}");

        ImportJob replaced = importNow("handover.xml", fileWithTitle(identifier, "From the file"));
        assertThat(replaced.updated()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select title || ' / ' || source from activity where id = ?", String.class, id))
                .isEqualTo("From the file / import");

        // taken back to hand editing, it is left alone by imports again
        mvc.perform(post("/api/v1/activities/" + id + "/take-back").with(authentication(coordinator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("manual"));
        assertThat(jdbc.queryForList("select changes from audit_entry where entity_type = 'activity' and entity_id = ? "
                + "and action = 'taken-back'", String.class, String.valueOf(id)))
                .containsExactly("{\"source\":{\"after\":\"manual\",\"before\":\"import\"}}");
        assertThat(importNow("handover.xml", fileWithTitle(identifier, "From the file, again")).rejected()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, id)).isEqualTo("From the file");
    }

    static byte[] fileWithTitle(String identifier, String title) {
        return """
                <iati-activities version="2.03" generated-datetime="2025-01-01T00:00:00Z">
                  <iati-activity default-currency="USD" last-updated-datetime="2025-02-01T00:00:00Z">
                    <iati-identifier>%s</iati-identifier>
                    <reporting-org ref="XM-DAC-41114" type="40"><narrative>UNDP</narrative></reporting-org>
                    <title><narrative>%s</narrative></title>
                    <activity-status code="2"/>
                    <activity-date type="1" iso-date="2025-01-01"/>
                    <recipient-country code="UA" percentage="100"/>
                  </iati-activity>
                </iati-activities>""".formatted(identifier, title).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCoordinatorsImportWritesOnlyTheActivitiesOfOrganisationsTheyCoordinate() throws Exception {
        byte[] undpFile = resource("dportal-2021-ssr-undp.xml");
        long undp = jdbc.queryForObject("select id from organisation where slug = 'undp'", Long.class);
        long unicef = jdbc.queryForObject("select id from organisation where slug = 'unicef'", Long.class);
        int total = parse(undpFile).size();

        // another organisation's coordinator: every activity refused, with the reason, nothing written or changed
        String before = jdbc.queryForObject("select count(*) || ':' || coalesce(string_agg(content_hash, ',' order by id), '') "
                + "from activity where reporting_org_ref = 'XM-DAC-41114'", String.class);
        Authentication other = TestActors.as("unicef-importer", new Grant(Role.COORDINATOR, unicef));
        ImportJob queued = TestActors.runAs(other, () -> imports.submit("undp.xml", new ByteArrayInputStream(undpFile)));
        assertThat(worker.runIfFree(queued.id())).isTrue();
        ImportJob refused = TestActors.runAs(other, () -> imports.job(queued.id()));
        assertThat(refused.rejected()).isEqualTo(total);
        assertThat(refused.created() + refused.updated()).isZero();
        assertThat(jdbc.queryForObject("select count(*) || ':' || coalesce(string_agg(content_hash, ',' order by id), '') "
                + "from activity where reporting_org_ref = 'XM-DAC-41114'", String.class)).isEqualTo(before);
        ImportProblem problem = TestActors.runAs(other, () -> imports.problems(queued.id(), "REJECTED")).get(0);
        assertThat(problem.element()).endsWith("/reporting-org");
        assertThat(problem.ruleKey()).isEqualTo("reporting-org-not-importers");

        // UNDP's own coordinator writes them all
        Authentication own = TestActors.as("undp-importer", new Grant(Role.COORDINATOR, undp));
        ImportJob second = TestActors.runAs(own, () -> imports.submit("undp.xml", new ByteArrayInputStream(undpFile)));
        assertThat(worker.runIfFree(second.id())).isTrue();
        ImportJob written = TestActors.runAs(own, () -> imports.job(second.id()));
        assertThat(written.rejected()).isZero();
        assertThat(written.created() + written.updated() + written.unchanged()).isEqualTo(total);
        // counted among the file's own identifiers: another file with UNDP's activities (the context file, 57 of them)
        // may have been imported before, by this class or another
        String[] identifiers = parse(undpFile).stream().filter(IatiReader.ReadResult::accepted)
                .map(r -> r.activity().identifier()).distinct().toArray(String[]::new);
        assertThat(identifiers).hasSize(total);
        assertThat(jdbc.queryForObject("select count(*) from activity where reporting_org_ref = 'XM-DAC-41114' "
                + "and source = 'import' and iati_identifier = any(?)", Integer.class, (Object) identifiers)).isEqualTo(total);
    }

    @Test
    void onlyCoordinatorsAndAdministratorsImport() throws Exception {
        byte[] xml = resource("dportal-2021-ssr-worldbank.xml");
        mvc.perform(post("/api/v1/imports").contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/imports").contentType(MediaType.APPLICATION_XML).content(xml)
                        .with(authentication(TestActors.as("a-trainer", new Grant(Role.TRAINER, 1L)))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports").param("fileName", "wb.xml").contentType(MediaType.APPLICATION_XML).content(xml)
                        .with(authentication(COORDINATOR)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.total").value(19));
    }
}
