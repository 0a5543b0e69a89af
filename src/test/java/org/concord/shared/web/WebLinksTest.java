package org.concord.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses from outside a page shows as links: http and https only, read as a browser reads them. */
class WebLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/report.pdf", "http://example.org", "HTTPS://EXAMPLE.ORG/",
            "  https://example.org/a file.pdf ", "\thttp://example.org", "ht\ntps://example.org"})
    void webAddressesAreLinks(String address) {
        assertThat(new WebLinks().linkable(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", " JavaScript:alert(1)", "java\tscript:alert(1)",
            "\u0001javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/report.pdf", "//example.org/report.pdf",
            "/activities", "www.example.org/report.pdf", "", "https:", "http:/example.org"})
    void everythingElseIsText(String address) {
        assertThat(new WebLinks().linkable(address)).isFalse();
    }
}
