package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.concord.projects.internal.iati.IatiReader.ReadResult;
import org.junit.jupiter.api.Test;

/** Files built to attack or confuse the importer are refused as a whole, with a reason, and yield nothing. */
class HostileXmlTest {

    private final List<ReadResult> produced = new ArrayList<>();

    private IatiFileException refused(String xml) {
        Throwable thrown = catchThrowable(() -> new IatiReader()
                .read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), produced::add));
        assertThat(thrown).isInstanceOf(IatiFileException.class);
        // the check an upload passes before it is queued refuses it too, for the same reason
        Throwable scanned = catchThrowable(() -> new IatiReader()
                .scan(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertThat(scanned).isInstanceOf(IatiFileException.class).hasMessage(thrown.getMessage());
        return (IatiFileException) thrown;
    }

    private static final String ACTIVITY = """
            <iati-activity default-currency="EUR">
              <iati-identifier>XM-TEST-1</iati-identifier>
              <reporting-org ref="XM-TEST" type="10"><narrative>&lol9;</narrative></reporting-org>
              <title><narrative>&lol9;</narrative></title>
            </iati-activity>
            """;

    @Test
    void billionLaughsIsRefusedBeforeAnyEntityIsExpanded() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <iati-activities version="2.03">
                """ + ACTIVITY + "</iati-activities>\n";

        IatiFileException e = refused(xml);

        assertThat(e).hasMessageContaining("DOCTYPE is not allowed");
        assertThat(e.getMessage()).doesNotContain("lollol");
        assertThat(produced).isEmpty();
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03">
                  <iati-activity default-currency="EUR">
                    <iati-identifier>&xxe;</iati-identifier>
                    <reporting-org ref="XM-TEST"><narrative>&xxe;</narrative></reporting-org>
                  </iati-activity>
                </iati-activities>
                """;

        IatiFileException e = refused(xml);

        assertThat(e).hasMessageContaining("DOCTYPE is not allowed");
        assertThat(e.getMessage()).doesNotContain("root:");
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            String firstLine = Files.readAllLines(passwd).get(0);
            assertThat(e.getMessage()).doesNotContain(firstLine);
        }
        assertThat(produced).isEmpty();
    }

    @Test
    void externalDtdsAndParameterEntitiesAreRefusedToo() {
        assertThat(refused("""
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities SYSTEM "http://127.0.0.1:9/iati.dtd">
                <iati-activities version="2.03"/>
                """)).hasMessageContaining("DOCTYPE is not allowed");
        assertThat(refused("""
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>
                <iati-activities version="2.03"/>
                """)).hasMessageContaining("DOCTYPE is not allowed");
        assertThat(produced).isEmpty();
    }

    @Test
    void aPlainDoctypeIsRefused() {
        IatiFileException e = refused("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE iati-activities>
                <iati-activities version="2.03">
                """ + ACTIVITY.replace("&lol9;", "Test") + "</iati-activities>\n");

        assertThat(e).hasMessage("The file is not readable IATI XML: DOCTYPE is not allowed (line 2, column 27)");
        assertThat(produced).isEmpty();
    }

    @Test
    void aDoctypeInsideTheDocumentIsRefusedAsWell() {
        IatiFileException e = refused("""
                <iati-activities version="2.03">
                <!DOCTYPE iati-activities [<!ENTITY a "injected">]>
                """ + ACTIVITY.replace("&lol9;", "&a;") + "</iati-activities>\n");

        assertThat(e).hasMessageContaining("DOCTYPE is not allowed");
        assertThat(produced).isEmpty();
    }

    @Test
    void anEntityReferenceWithoutADoctypeIsRefusedRatherThanDropped() {
        // the JDK's parser, told not to support DTDs, reports &xxe; as an event instead of failing;
        // skipping it would import an identifier the publisher never wrote
        IatiFileException e = refused("""
                <iati-activities version="2.03">
                """ + ACTIVITY.replace("&lol9;", "&xxe;") + "</iati-activities>\n");

        assertThat(e).hasMessageContaining("entity references are not allowed (&xxe;)");
        assertThat(produced).isEmpty();
    }

    @Test
    void version1FilesAreRefusedNamingTheirVersion() {
        IatiFileException e = refused("""
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="1.05" generated-datetime="2014-01-01T00:00:00">
                  <iati-activity default-currency="EUR"><iati-identifier>XM-TEST-1</iati-identifier></iati-activity>
                </iati-activities>
                """);

        assertThat(e).hasMessage("IATI version 1.05 is not supported; Concord reads versions 2.01, 2.02 and 2.03"
                + " (version 1 files must be converted to version 2 by their publisher).");
        assertThat(produced).isEmpty();
    }

    @Test
    void aFileWithoutAVersionOrOfAnotherKindIsRefused() {
        assertThat(refused("<iati-activities><iati-activity/></iati-activities>"))
                .hasMessageContaining("does not say which IATI version");
        assertThat(refused("<iati-organisations version=\"2.03\"><iati-organisation/></iati-organisations>"))
                .hasMessage("This is not an IATI activity file: its root element is <iati-organisations>, not"
                        + " <iati-activities>.");
        assertThat(produced).isEmpty();
    }

    @Test
    void garbageIsRefusedAsNotXml() {
        assertThat(refused("id,title\nXM-1,Police reform\n"))
                .hasMessage("The file is not readable IATI XML: Content is not allowed in prolog. (line 1, column 1)");
        assertThat(refused("")).hasMessageContaining("not readable IATI XML").hasMessageContaining("end of file");
        assertThat(refused("\u0000\u0001binary")).hasMessageContaining("not readable IATI XML");
        assertThat(produced).isEmpty();
    }

    @Test
    void anActivityBuiltToExhaustMemoryIsRejectedAndTheFileGoesOn() {
        String huge = ACTIVITY.replace("&lol9;", "Test")
                .replace("</iati-activity>", "<tag/>".repeat(IatiReader.MAX_ELEMENTS_PER_ACTIVITY) + "</iati-activity>");
        new IatiReader().read(new ByteArrayInputStream(("<iati-activities version=\"2.03\">" + huge
                + ACTIVITY.replace("&lol9;", "Test").replace("XM-TEST-1", "XM-TEST-2") + "</iati-activities>")
                .getBytes(StandardCharsets.UTF_8)), produced::add);

        assertThat(produced).extracting(ReadResult::identifier, ReadResult::accepted)
                .containsExactly(tuple("XM-TEST-1", false), tuple("XM-TEST-2", true));
        assertThat(produced.get(0).problems()).containsExactly(new Problem("iati-activity[1]",
                "activity has more than 200000 elements"));
    }

    @Test
    void aFileCutOffMidwaySaysSoAfterHandingOverWhatWasComplete() {
        IatiFileException e = refused("""
                <iati-activities version="2.03">
                """ + ACTIVITY.replace("&lol9;", "Test") + "<iati-activity><iati-identifier>XM-TEST-2</iati");

        assertThat(e).hasMessageStartingWith("The file is not readable IATI XML (after 1 activity had been read):");
        assertThat(produced).extracting(ReadResult::identifier).containsExactly("XM-TEST-1");
    }
}
