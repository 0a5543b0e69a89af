package org.concord.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Concord's public address, and redirects kept on it whatever address a request or a framework names. */
class PublicAddressTest {

    private static final String BASE = "https://concord.example.org";

    private static String redirect(String location) {
        return PublicAddressRedirects.onPublicAddress(location, BASE, "/activities/12", false);
    }

    @Test
    void aRelativeRedirectStaysAsItIs() {
        assertThat(redirect("/sign-in")).isEqualTo("/sign-in");
        assertThat(redirect("/?signed-out")).isEqualTo("/?signed-out");
        assertThat(redirect("edit")).isEqualTo("edit");
    }

    @Test
    void anAbsoluteRedirectIsMovedOntoThePublicAddress() {
        assertThat(redirect("http://evil.example/overlaps?page=2#top")).isEqualTo(BASE + "/overlaps?page=2#top");
        assertThat(redirect("http://localhost:8080/sign-in")).isEqualTo(BASE + "/sign-in");
        assertThat(redirect("https://evil.example")).isEqualTo(BASE + "/");
        assertThat(redirect("HTTPS://evil.example:8443/x")).isEqualTo(BASE + "/x");
    }

    @Test
    void addressesBrowsersReadAsAnotherSiteAreMovedToo() {
        assertThat(redirect("//evil.example/x")).isEqualTo(BASE + "/x");
        assertThat(redirect("/\\evil.example/x")).isEqualTo(BASE + "/x");
        assertThat(redirect("\\\\evil.example")).isEqualTo(BASE + "/");
        assertThat(redirect("/\t/evil.example/x")).isEqualTo(BASE + "/x");
        assertThat(redirect(" //evil.example")).isEqualTo(BASE + "/");
        assertThat(redirect("javascript:alert(1)")).startsWith(BASE + "/");
    }

    @Test
    void anHttp10RequestGetsAnAbsoluteAddressOnThePublicAddress() {
        assertThat(PublicAddressRedirects.onPublicAddress("/sign-in", BASE, "/overlaps", true)).isEqualTo(BASE + "/sign-in");
        assertThat(PublicAddressRedirects.onPublicAddress("edit", BASE, "/activities/12", true))
                .isEqualTo(BASE + "/activities/edit");
    }

    @Test
    void thePublicAddressIsAnAbsoluteHttpOrHttpsAddress() {
        PublicAddress https = new PublicAddress("https://Concord.Example.org/");
        assertThat(https.origin()).isEqualTo(BASE);
        assertThat(https.https()).isTrue();
        PublicAddress local = new PublicAddress("http://localhost:8080");
        assertThat(local.origin()).isEqualTo("http://localhost:8080");
        assertThat(local.https()).isFalse();
        for (String wrong : new String[] {"concord.example.org", "ftp://concord.example.org", "https://user@concord.example.org",
                "https://", "http://exa mple.org"}) {
            assertThatThrownBy(() -> new PublicAddress(wrong)).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("concord.base-url");
        }
    }

    @Test
    void aRequestCountsAsSecureWhenItCameOverHttpsOrThePublicAddressIsHttps() {
        MockHttpServletRequest plain = new MockHttpServletRequest();
        MockHttpServletRequest overTls = new MockHttpServletRequest();
        overTls.setSecure(true);
        PublicAddress http = new PublicAddress("http://localhost:8080");
        assertThat(http.secure(plain)).isFalse();
        assertThat(http.secure(overTls)).isTrue();
        assertThat(new PublicAddress(BASE).secure(plain)).isTrue();
    }
}
