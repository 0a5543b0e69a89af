package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.concord.projects.internal.iati.IatiActivity.Narrative;

class IatiWriterTest {

    static final Instant GENERATED = Instant.parse("2026-11-25T08:00:00Z");
    static final URL SCHEMA = IatiWriterTest.class.getResource("/iati/schema/iati-activities-schema.xsd");

    private final IatiWriter writer = new IatiWriter();

    @Test
    void fullyRecordedActivitiesValidateAgainstTheOfficialSchema() throws Exception {
        byte[] xml = write(SampleActivities.rich());

        assertThat(IatiSchemaValidation.validate(new ByteArrayInputStream(xml), SCHEMA)).isEmpty();
        Document doc = parse(xml);
        assertThat(xpath(doc, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(xpath(doc, "/iati-activities/@generated-datetime")).isEqualTo("2026-11-25T08:00:00Z");
        assertThat(xpath(doc, "count(/iati-activities/iati-activity)")).isEqualTo("3");
    }

    @Test
    void elementsComeInTheOrderOfTheSchemaSequence() throws Exception {
        Document doc = parse(write(SampleActivities.rich()));

        assertThat(childSequence(activity(doc, 1))).containsExactly(
                "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status",
                "activity-date", "activity-scope", "recipient-country", "location", "sector", "policy-marker",
                "collaboration-type", "default-flow-type", "default-finance-type", "default-aid-type",
                "default-tied-status", "budget", "transaction", "document-link", "related-activity", "result");
        assertThat(childSequence(activity(doc, 2))).containsSubsequence(
                "recipient-country", "recipient-region", "location");
        assertThat(childSequence((Element) node(doc, "//transaction[1]"))).containsExactly(
                "transaction-type", "transaction-date", "value", "description", "provider-org", "receiver-org");
        assertThat(childSequence((Element) node(doc, "//indicator[1]"))).containsExactly(
                "title", "description", "baseline", "period");
    }

    @Test
    void languagesAreWrittenAsXmlLangOnlyWhereTheRecordGivesOne() throws Exception {
        Document doc = parse(write(SampleActivities.rich()));

        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/@xml:lang")).isEqualTo("en");
        assertThat(xpath(doc, "/iati-activities/iati-activity[3]/@xml:lang")).isEqualTo("sv");
        assertThat(xpath(doc, "count(/iati-activities/iati-activity[1]/title)")).isEqualTo("1");
        assertThat(xpath(doc, "count(/iati-activities/iati-activity[1]/title/narrative)")).isEqualTo("3");
        assertThat(xpath(doc, "count(/iati-activities/iati-activity[1]/title/narrative[1]/@xml:lang)")).isEqualTo("0");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/title/narrative[2]/@xml:lang")).isEqualTo("fr");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/title/narrative[3]")).isEqualTo(
                "Підтримка реформи поліції в Україні");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/participating-org[@role='4']/narrative/@xml:lang"))
                .isEqualTo("uk");
        // One description element per description, each holding its one narrative.
        assertThat(xpath(doc, "count(/iati-activities/iati-activity[1]/description[@type='1'])")).isEqualTo("2");
        assertThat(xpath(doc, "count(/iati-activities/iati-activity[1]/description[count(narrative) != 1])"))
                .isEqualTo("0");
    }

    @Test
    void everyValueHasTheValueDateTheSchemaRequires() throws Exception {
        Document doc = parse(write(SampleActivities.rich()));

        assertThat(xpath(doc, "count(//value)")).isEqualTo("10");
        assertThat(xpath(doc, "count(//value[not(@value-date)])")).isEqualTo("0");
        // The record has no value date for this disbursement: the date of the transaction stands in.
        assertThat(xpath(doc, "//transaction[@ref='SIDA-2020-2']/value/@value-date")).isEqualTo("2020-07-01");
        assertThat(xpath(doc, "//transaction[@ref='SIDA-2020-2']/value/@currency")).isEqualTo("SEK");
        // A budget value without its own currency keeps none: the activity's default currency applies.
        assertThat(xpath(doc, "count(/iati-activities/iati-activity[1]/budget[1]/value/@currency)")).isEqualTo("0");
    }

    @Test
    void numbersAreWrittenInPlainNotation() throws Exception {
        String xml = new String(write(SampleActivities.rich()), StandardCharsets.UTF_8);
        Document doc = parse(xml.getBytes(StandardCharsets.UTF_8));

        // 1500000 stripped of trailing zeros is 1.5E+6; IATI's xs:decimal does not accept exponents.
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/budget[1]/value")).isEqualTo("1500000");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/budget[2]/value")).isEqualTo("1750000.5");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/recipient-country[1]/@percentage")).isEqualTo("60");
        assertThat(xpath(doc, "//location[@ref='FTN']/point/pos")).isEqualTo("8.4844 -13.2344");
        assertThat(xml).doesNotContain("E+");
    }

    @Test
    void sectorsKeepTheirVocabularyAndOwnCodesTheirName() throws Exception {
        Document doc = parse(write(SampleActivities.rich()));

        assertThat(xpath(doc, "count(//sector[not(@vocabulary)])")).isEqualTo("0");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/sector[@vocabulary='2']/@code")).isEqualTo("152");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/sector[@vocabulary='99']/narrative"))
                .isEqualTo("Police reform");
        assertThat(xpath(doc, "/iati-activities/iati-activity[1]/sector[@vocabulary='1'][1]/narrative")).isEmpty();
    }

    @Test
    void transactionsNameTheActivitiesTheMoneyCameFromAndWentTo() throws Exception {
        Document doc = parse(write(SampleActivities.rich()));

        assertThat(xpath(doc, "//transaction[@ref='TR-2023-001']/provider-org/@provider-activity-id"))
                .isEqualTo("XI-IATI-EC_NEAR-2023-ENI-1");
        assertThat(xpath(doc, "//transaction[@ref='TR-2023-014']/receiver-org/@receiver-activity-id"))
                .isEqualTo("UA-EDR-40108646-TRAIN-7");
        assertThat(xpath(doc, "//transaction[@ref='TR-2023-014']/receiver-org/narrative"))
                .isEqualTo("National Police of Ukraine");
    }

    @Test
    void locationWithoutCoordinatesIsWrittenWithoutAPoint() throws Exception {
        Document doc = parse(write(SampleActivities.rich()));

        assertThat(xpath(doc, "count(//location[@ref='MONROVIA'])")).isEqualTo("1");
        assertThat(xpath(doc, "count(//location[@ref='MONROVIA']/point)")).isEqualTo("0");
        assertThat(xpath(doc, "//location[@ref='KYIV-1']/point/@srsName"))
                .isEqualTo("http://www.opengis.net/def/crs/EPSG/0/4326");
    }

    @Test
    void minimalActivityIsWrittenAsRecordedAndTheSchemaNamesWhatItStillLacks() throws Exception {
        List<IatiActivity> all = new ArrayList<>(SampleActivities.rich());
        all.add(SampleActivities.minimal());
        byte[] xml = write(all);

        Document doc = parse(xml);
        Element minimal = activity(doc, 4);
        // Nothing invented: the description the schema requires is written empty, and no participant, status or
        // date is made up.
        assertThat(childSequence(minimal)).containsExactly("iati-identifier", "reporting-org", "title", "description");
        assertThat(xpath(doc, "/iati-activities/iati-activity[4]/description/narrative")).isEmpty();
        assertThat(minimal.hasAttribute("last-updated-datetime")).isFalse();
        assertThat(minimal.hasAttributeNS(XMLConstants.XML_NS_URI, "lang")).isFalse();
        assertThat(xpath(doc, "/iati-activities/iati-activity[4]/reporting-org/@ref")).isEqualTo("XM-DAC-41114");
        assertThat(xpath(doc, "/iati-activities/iati-activity[4]/reporting-org/@type")).isEqualTo("40");
        // The 2.03 schema makes participating-org, activity-status and activity-date mandatory; it stops at the
        // first missing one, and that is the document's only error.
        List<String> errors = IatiSchemaValidation.validate(new ByteArrayInputStream(xml), SCHEMA);
        assertThat(errors).singleElement().asString()
                .contains("iati-activity").contains("participating-org")
                .startsWith("line " + lineOf(xml, "</iati-activity>", 4));
    }

    @Test
    void textXmlCannotCarryIsDroppedAndTheRestReadsBackAsItWas() throws Exception {
        IatiActivity hostile = SampleActivities.withTitles(SampleActivities.policeReformUkraine(),
                List.of(new Narrative(null, "Police <b>&</b> \"justice\"\u0000\u0007 \uD800reform \uD83D\uDEE1"),
                        new Narrative("en", "Typed in a browser:\r\nline two\rline three")));
        byte[] xml = write(List.of(hostile));

        assertThat(IatiSchemaValidation.validate(new ByteArrayInputStream(xml), SCHEMA)).isEmpty();
        Document doc = parse(xml);
        assertThat(xpath(doc, "//iati-activity/title/narrative[1]"))
                .isEqualTo("Police <b>&</b> \"justice\" reform \uD83D\uDEE1");
        // Parsers turn a raw CR LF into LF; the text must come back with the line breaks it was typed with.
        assertThat(xpath(doc, "//iati-activity/title/narrative[2]"))
                .isEqualTo("Typed in a browser:\r\nline two\rline three");
    }

    @Test
    void validationReportsEveryErrorAndLoadsNothingTheDocumentAsksFor() throws Exception {
        String swapped = """
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XM-1</iati-identifier>
                    <title><narrative>t</narrative></title>
                    <reporting-org ref="XM" type="10"><narrative>r</narrative></reporting-org>
                  </iati-activity>
                  <iati-activity hierarchy="one">
                  </iati-activity>
                </iati-activities>
                """;
        assertThat(IatiSchemaValidation.validate(bytes(swapped), SCHEMA))
                .hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("line 4").contains("title"))
                .anySatisfy(e -> assertThat(e).startsWith("line 7").contains("hierarchy"))
                .anySatisfy(e -> assertThat(e).startsWith("line 8").contains("iati-identifier"));

        String entity = """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03">&x;</iati-activities>
                """;
        assertThat(IatiSchemaValidation.validate(bytes(entity), SCHEMA))
                .singleElement().asString().contains("DOCTYPE");
    }

    // --- helpers

    private byte[] write(List<IatiActivity> activities) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(activities, out, GENERATED);
        return out.toByteArray();
    }

    private static ByteArrayInputStream bytes(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    }

    private static String xpath(Document doc, String expression) throws Exception {
        return xpath().evaluate(expression, doc);
    }

    private static Node node(Document doc, String expression) throws Exception {
        return (Node) xpath().evaluate(expression, doc, XPathConstants.NODE);
    }

    private static Element activity(Document doc, int position) throws Exception {
        return (Element) node(doc, "/iati-activities/iati-activity[" + position + "]");
    }

    /** The names of an element's children in document order, repeats collapsed. */
    private static List<String> childSequence(Element parent) {
        List<String> names = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child
                    && (names.isEmpty() || !names.get(names.size() - 1).equals(child.getLocalName()))) {
                names.add(child.getLocalName());
            }
        }
        return names;
    }

    /** The 1-based line of the {@code occurrence}th appearance of {@code text}. */
    private static int lineOf(byte[] xml, String text, int occurrence) {
        List<String> lines = Stream.of(new String(xml, StandardCharsets.UTF_8).split("\n", -1)).toList();
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " does not occur " + occurrence + " times");
    }
}
