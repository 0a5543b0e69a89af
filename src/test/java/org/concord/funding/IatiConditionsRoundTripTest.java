package org.concord.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * An agreement exported as IATI 2.03 (conditions, budget, planned disbursements, a release as a disbursement, results)
 * is valid against the official schema (src/test/resources/iati/schema); its conditions imported into another
 * agreement come back the same, and that agreement's export is valid too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IatiConditionsRoundTripTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void conditionsGoOutAsValidIatiAndComeBack() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long agreement = f.agreement(false, "");
        long civilian = f.condition(agreement, "A civilian heads the procurement directorate & reports to parliament");
        long inspector = f.condition(agreement, "An independent inspector is appointed");
        long tranche = f.tranche(agreement, 400000, civilian);
        f.tranche(agreement, 600000, inspector);
        f.assignEvaluator(agreement, f.evaluator);
        f.evidence(civilian, f.recipientCoordinator);
        f.verify(civilian, f.evaluatorPerson, "MET", null);
        f.release(tranche, f.funderCoordinator).andExpect(status().isOk());

        String exported = mvc.perform(get("/funding/agreements/" + agreement + "/iati.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(schemaErrors(exported)).isEmpty();
        assertThat(exported).contains("<conditions attached=\"1\">")
                .contains("<condition type=\"1\"><narrative>A civilian heads the procurement directorate &amp; reports to parliament</narrative></condition>")
                .contains("<transaction-type code=\"3\"/>").contains("<planned-disbursement type=\"1\">")
                .contains("<budget type=\"1\" status=\"2\">").contains("<result type=\"1\">");

        long copy = f.agreement(false, "");
        mvc.perform(post("/api/v1/funding/agreements/" + copy + "/iati-conditions").with(authentication(f.funderCoordinator))
                        .contentType("application/xml").content(exported))
                .andExpect(status().isOk()).andExpect(jsonPath("$.read").value(2)).andExpect(jsonPath("$.added").value(2));
        // importing again adds nothing
        mvc.perform(post("/api/v1/funding/agreements/" + copy + "/iati-conditions").with(authentication(f.funderCoordinator))
                .contentType("application/xml").content(exported)).andExpect(jsonPath("$.added").value(0));
        // nor may another funder import into it
        mvc.perform(post("/api/v1/funding/agreements/" + copy + "/iati-conditions").with(authentication(f.otherFunderCoordinator))
                .contentType("application/xml").content(exported)).andExpect(status().isForbidden());

        assertThat(jdbc.queryForList("select text from funding_condition where agreement_id = ? order by position",
                String.class, copy)).containsExactly(
                "A civilian heads the procurement directorate & reports to parliament", "An independent inspector is appointed");
        String again = mvc.perform(get("/funding/agreements/" + copy + "/iati.xml")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(schemaErrors(again)).isEmpty();
        assertThat(conditionsElement(again)).isEqualTo(conditionsElement(exported));
    }

    @Test
    void aFileThatIsNotXmlIsRefusedWithAProblemDocument() throws Exception {
        FundingFixture f = new FundingFixture(mvc, jdbc);
        long agreement = f.agreement(false, "");
        mvc.perform(post("/api/v1/funding/agreements/" + agreement + "/iati-conditions").with(authentication(f.funderCoordinator))
                        .contentType("application/xml").content("<iati-activities><iati-activity>"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("iati-conditions"));
    }

    private static String conditionsElement(String xml) {
        return xml.substring(xml.indexOf("<conditions"), xml.indexOf("</conditions>"));
    }

    /** Errors of the official IATI 2.03 activities schema (with its includes, from beside it) in {@code xml}. */
    static List<String> schemaErrors(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        var schema = factory.newSchema(IatiConditionsRoundTripTest.class.getResource("/iati/schema/iati-activities-schema.xsd"));
        Validator validator = schema.newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getMessage());
            }
        });
        validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        return errors;
    }
}
