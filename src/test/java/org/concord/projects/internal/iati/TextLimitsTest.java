package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The check every upload passes before it is queued bounds the texts of the file, so that one huge title (99 MB
 * took 3 GB of memory to import) is refused before anything is read into memory, with where it is.
 */
class TextLimitsTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
              <iati-activity>
                <iati-identifier>XM-TEST-1</iati-identifier>
                <title><narrative>A short title</narrative></title>
              </iati-activity>
              <iati-activity>
                <iati-identifier>XM-TEST-2</iati-identifier>
            """;
    private static final String TAIL = """
              </iati-activity>
            </iati-activities>
            """;

    private static byte[] file(String activityBody) {
        return (HEAD + activityBody + TAIL).getBytes(StandardCharsets.UTF_8);
    }

    private static IatiTextTooLongException refused(InputStream in, int limit) {
        Throwable thrown = catchThrowable(() -> new IatiReader().scan(in, limit));
        assertThat(thrown).isInstanceOf(IatiTextTooLongException.class);
        return (IatiTextTooLongException) thrown;
    }

    @Test
    void aNarrativeOverTheLimitIsRefusedNamingTheElementItsLineAndTheActivity() {
        byte[] xml = file("    <title><narrative>" + "x".repeat(100_001) + "</narrative></title>\n");
        IatiTextTooLongException e = refused(new ByteArrayInputStream(xml), IatiReader.DEFAULT_MAX_TEXT_LENGTH);
        assertThat(e.kind()).isEqualTo(IatiTextTooLongException.Kind.TEXT);
        assertThat(e.element()).isEqualTo("iati-activity[2]/title/narrative");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.identifier()).isEqualTo("XM-TEST-2");
        assertThat(e.limit()).isEqualTo(100_000);
        assertThat(e).hasMessage("The text of iati-activity[2]/title/narrative (line 9, activity XM-TEST-2) is longer"
                + " than 100000 characters, the most Concord accepts in one element.");
    }

    @Test
    void aNarrativeAtTheLimitPasses() {
        byte[] xml = file("    <title><narrative>" + "é".repeat(100_000) + "</narrative></title>\n");
        assertThat(new IatiReader().scan(new ByteArrayInputStream(xml)).activities()).isEqualTo(2);
    }

    @Test
    void theLimitCountsTextSplitByCommentsAndCdataAsOne() {
        String piece = "y".repeat(30_000);
        byte[] xml = file("    <description><narrative>" + piece + "<!-- a comment -->" + piece + "<![CDATA[" + piece
                + "]]>" + piece + "</narrative></description>\n");
        assertThat(refused(new ByteArrayInputStream(xml), 100_000).element())
                .isEqualTo("iati-activity[2]/description/narrative");
        // and a smaller bound, as an operator may set it, applies the same way
        byte[] small = file("    <title><narrative>" + "z".repeat(1_001) + "</narrative></title>\n");
        assertThat(refused(new ByteArrayInputStream(small), 1_000).element()).isEqualTo("iati-activity[2]/title/narrative");
        assertThat(new IatiReader().scan(new ByteArrayInputStream(small), 1_001).activities()).isEqualTo(2);
    }

    @Test
    void aHugeTitleIsRefusedWithoutReadingItWhole() {
        // 99 MB of title, streamed: the check stops after the first part of it, holding only the parser's buffer
        long size = 99L * 1024 * 1024;
        long[] given = {0};
        InputStream title = new InputStream() {
            @Override
            public int read() {
                return given[0]++ < size ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (given[0] >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - given[0]);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                given[0] += n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream((HEAD + "<title><narrative>").getBytes(StandardCharsets.UTF_8)), title,
                new ByteArrayInputStream(("</narrative></title>" + TAIL).getBytes(StandardCharsets.UTF_8)))));
        IatiTextTooLongException e = refused(in, IatiReader.DEFAULT_MAX_TEXT_LENGTH);
        assertThat(e.element()).isEqualTo("iati-activity[2]/title/narrative");
        assertThat(given[0]).as("bytes read of the title").isLessThan(1024 * 1024);
    }

    @Test
    void anAttributeValueTheParserWouldHoldWholeIsRefused() {
        String url = "https://example.org/" + "a".repeat(1_000_000);
        byte[] xml = file("    <document-link format=\"text/html\" url=\"" + url + "\"><title><narrative>Report</narrative>"
                + "</title></document-link>\n");
        IatiTextTooLongException e = refused(new ByteArrayInputStream(xml), IatiReader.DEFAULT_MAX_TEXT_LENGTH);
        assertThat(e.kind()).isEqualTo(IatiTextTooLongException.Kind.MARKUP);
        assertThat(e.element()).isEqualTo("iati-activity[2]");
        assertThat(e.identifier()).isEqualTo("XM-TEST-2");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.limit()).isEqualTo(4L * 100_000 + 128 * 1024);
        assertThat(e).hasMessageContaining("an attribute value, comment, CDATA section or processing instruction is"
                + " longer than 531072 bytes");
    }

    @Test
    void aCommentOrACdataSectionTheParserWouldHoldWholeIsRefused() {
        String big = "c".repeat(1_000_000);
        assertThat(refused(new ByteArrayInputStream(file("<!-- " + big + " -->\n")), 100_000).kind())
                .isEqualTo(IatiTextTooLongException.Kind.MARKUP);
        assertThat(refused(new ByteArrayInputStream(file("<?pi " + big + " ?>\n")), 100_000).kind())
                .isEqualTo(IatiTextTooLongException.Kind.MARKUP);
        IatiTextTooLongException cdata = refused(new ByteArrayInputStream(
                file("<title><narrative><![CDATA[" + big + "]]></narrative></title>\n")), 100_000);
        assertThat(cdata.kind()).isEqualTo(IatiTextTooLongException.Kind.MARKUP);
        assertThat(cdata.element()).isEqualTo("iati-activity[2]/title/narrative");
    }

    @Test
    void aLargeFileOfOrdinaryActivitiesPassesWhateverItsEncoding() throws IOException {
        for (String encoding : List.of("UTF-8", "UTF-16")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n<iati-activities version=\"2.03\">\n")
                    .getBytes(encoding));
            for (int i = 0; i < 2_000; i++) {
                out.write(("""
                          <iati-activity>
                            <iati-identifier>XM-TEST-%d</iati-identifier>
                            <title><narrative xml:lang="uk">Реформа поліції %d</narrative></title>
                            <description><narrative>%s</narrative></description>
                          </iati-activity>
                        """.formatted(i, i, "Опис діяльності. ".repeat(500))).getBytes(encoding));
            }
            out.write("</iati-activities>\n".getBytes(encoding));
            assertThat(new IatiReader().scan(new ByteArrayInputStream(out.toByteArray())).activities())
                    .as(encoding).isEqualTo(2_000);
        }
    }
}
