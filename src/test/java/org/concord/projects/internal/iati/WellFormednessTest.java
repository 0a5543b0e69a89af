package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WellFormednessTest {

    /** Three activities: a control character in the first's title, a reference to one in the third's description. */
    static final String CONTROL_CHARACTERS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
              <iati-activity>
                <iati-identifier>XM-A</iati-identifier>
                <title><narrative>Bad\u0001 title\u000B</narrative></title>
              </iati-activity>
              <iati-activity>
                <iati-identifier>XM-B</iati-identifier>
              </iati-activity>
              <iati-activity>
                <description><narrative>x &#x1F; y &#233;</narrative></description>
                <iati-identifier>XM-C</iati-identifier>
              </iati-activity>
            </iati-activities>
            """;

    @Test
    void everyForbiddenCharacterIsNamedWithLineColumnAndActivityWhereTheParserStopsAtTheFirst() {
        byte[] bytes = CONTROL_CHARACTERS.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new IatiReader().scan(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IatiFileException.class);

        WellFormedness.Report report = WellFormedness.check(bytes);
        assertThat(report.places()).extracting(WellFormedness.Place::line, WellFormedness.Place::column,
                        WellFormedness.Place::identifier, WellFormedness.Place::kind, p -> p.arguments().get(0))
                .containsExactly(
                        tuple(5, 26, "XM-A", WellFormedness.Kind.FORBIDDEN_CHARACTER, "U+0001"),
                        tuple(5, 33, "XM-A", WellFormedness.Kind.FORBIDDEN_CHARACTER, "U+000B"),
                        // the identifier comes after the broken place in its activity, and still names it
                        tuple(11, 31, "XM-C", WellFormedness.Kind.FORBIDDEN_REFERENCE, "&#x1F;"));
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.repairable()).isTrue();
    }

    @Test
    void brokenTagsAreNamedTooAndAreNotRepairable() {
        String xml = """
                <iati-activities version="2.03">
                  <iati-activity>
                    <iati-identifier>XM-A</iati-identifier>
                    <title><narrative>Unclosed</title>
                  </iati-activity>
                  <iati-activity>
                    <iati-identifier>XM-B</iati-identifier>
                    </budget>
                  </iati-activity>
                </iati-activities>
                """;
        WellFormedness.Report report = WellFormedness.check(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(report.places()).extracting(WellFormedness.Place::line, WellFormedness.Place::identifier,
                        WellFormedness.Place::kind, WellFormedness.Place::arguments)
                .containsExactly(
                        tuple(4, "XM-A", WellFormedness.Kind.MISMATCHED_END_TAG, java.util.List.of("title", "narrative")),
                        tuple(8, "XM-B", WellFormedness.Kind.UNEXPECTED_END_TAG, java.util.List.of("budget")));
        assertThat(report.repairable()).isFalse();
    }

    @Test
    void atMostAHundredPlacesAreNamedAndAllAreCounted() {
        StringBuilder xml = new StringBuilder("<iati-activities version=\"2.03\"><iati-activity><iati-identifier>XM-A"
                + "</iati-identifier><title><narrative>");
        for (int i = 0; i < 250; i++) {
            xml.append("a\u0002\n");
        }
        xml.append("</narrative></title></iati-activity></iati-activities>");
        WellFormedness.Report report = WellFormedness.check(xml.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(report.places()).hasSize(100);
        assertThat(report.total()).isEqualTo(250);
        assertThat(report.places().get(99).line()).isEqualTo(100);
    }

    @Test
    void theRepairRemovesEachForbiddenCharacterAndListsIt() {
        WellFormedness.Repair repair = WellFormedness.repair(CONTROL_CHARACTERS.getBytes(StandardCharsets.UTF_8));
        assertThat(repair.removals()).extracting(WellFormedness.Place::line, WellFormedness.Place::column,
                        WellFormedness.Place::activity, WellFormedness.Place::identifier, p -> p.arguments().get(0))
                .containsExactly(tuple(5, 26, 1, "XM-A", "U+0001"), tuple(5, 33, 1, "XM-A", "U+000B"),
                        tuple(11, 31, 3, "XM-C", "&#x1F;"));
        String repaired = new String(repair.content(), StandardCharsets.UTF_8);
        assertThat(repaired).contains("<narrative>Bad title</narrative>").contains("x  y &#233;")
                .isEqualTo(CONTROL_CHARACTERS.replace("\u0001", "").replace("\u000B", "").replace("&#x1F;", ""));
        assertThat(new IatiReader().scan(new ByteArrayInputStream(repair.content())).activities()).isEqualTo(3);
    }

    @Test
    void aFileInAnotherEncodingIsRepairedInItsOwnEncoding() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<iati-activities version=\"2.03\"><iati-activity>"
                + "<iati-identifier>XM-É\u0007</iati-identifier></iati-activity></iati-activities>";
        WellFormedness.Repair repair = WellFormedness.repair(xml.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(repair.removals()).singleElement().satisfies(p -> {
            assertThat(p.arguments()).containsExactly("U+0007");
            assertThat(p.identifier()).isEqualTo("XM-É");
        });
        assertThat(repair.content()).isEqualTo(xml.replace("\u0007", "").getBytes(StandardCharsets.ISO_8859_1));
    }
}
