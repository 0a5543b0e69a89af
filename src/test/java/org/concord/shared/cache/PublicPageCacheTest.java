package org.concord.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.TestActors;
import org.concord.projects.HandEnteredActivities;
import org.concord.projects.internal.activities.ActivityEditing;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public pages are kept for anonymous readers until their data changes (a browser may keep them too and ask again
 * with their ETag), a change shows on the next request, a draft never reaches what anonymous readers are given, and
 * someone signed in always gets their own rendering. Static resources have content-versioned addresses kept a year.
 * Tokelau (TK) is this test's country; its activities are removed afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    HandEnteredActivities entered;
    final Authentication reader = TestActors.as("kept-pages-reader", new Grant(Role.TRAINEE, 1L));

    @BeforeAll
    void helpers(@Autowired ActivityEditing editing, @Autowired JsonMapper json) {
        entered = new HandEnteredActivities(editing, json, jdbc);
    }

    @AfterAll
    void removeActivities() {
        entered.removeAll();
    }

    @Test
    void aKeptCountryPageAndMapShowANewActivityOnTheNextRequest() throws Exception {
        String first = anonymous("/countries/TK").getContentAsString();
        MockHttpServletResponse kept = anonymous("/countries/TK");
        assertThat(kept.getContentAsString()).isEqualTo(first).doesNotContain("Lantern keepers programme");
        // the kept page: the browser may keep it too, and is told when it still holds
        String etag = kept.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get("/countries/TK").header("Accept-Language", "en").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        // sent compressed to browsers that accept it, compressed once
        byte[] gzipped = mvc.perform(get("/countries/TK").header("Accept-Language", "en").header("Accept-Encoding", "gzip, deflate"))
                .andExpect(status().isOk()).andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(first);
        }
        anonymous("/api/v1/map");
        String mapBefore = anonymous("/api/v1/map").getContentAsString();

        entered.enter("XM-DAC-41114-KEPT-TK-1", "Lantern keepers programme", "TK");

        MockHttpServletResponse after = anonymous("/countries/TK");
        assertThat(after.getContentAsString()).contains("Lantern keepers programme");
        assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        mvc.perform(get("/countries/TK").header("Accept-Language", "en").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
        assertThat(anonymous("/api/v1/map").getContentAsString()).isNotEqualTo(mapBefore).contains("\"TK\"");
    }

    @Test
    void aDraftIsNeverKeptIntoWhatAnonymousReadersSee() throws Exception {
        entered.enter("XM-DAC-41114-KEPT-TK-DRAFT", "Quayside draft programme", "TK", false);
        // someone who may see drafts reads the list first, then anonymous readers, then again
        assertThat(signedIn("/activities?q=quayside").getContentAsString()).contains("Quayside draft programme");
        for (int i = 0; i < 2; i++) {
            assertThat(anonymous("/activities?q=quayside").getContentAsString()).doesNotContain("Quayside draft programme");
        }
        MockHttpServletResponse again = signedIn("/activities?q=quayside");
        assertThat(again.getContentAsString()).contains("Quayside draft programme").contains("kept-pages-reader");
        assertThat(again.getHeader(HttpHeaders.ETAG)).isNull();
        assertThat(again.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void someoneSignedInGetsTheirOwnPageNotTheKeptOne() throws Exception {
        anonymous("/organisations");
        assertThat(anonymous("/organisations").getContentAsString()).doesNotContain("kept-pages-reader");
        assertThat(signedIn("/organisations").getContentAsString()).contains("kept-pages-reader");
    }

    @Test
    void aNewOrganisationShowsAtOnceInTheKeptDirectoryAndHomePage() throws Exception {
        long count = jdbc.queryForObject("select count(*) from organisation", Long.class);
        anonymous("/");
        assertThat(anonymous("/").getContentAsString()).contains("directory of " + count + " organisations");
        anonymous("/organisations?q=lighthouse");
        assertThat(anonymous("/organisations?q=lighthouse").getContentAsString()).doesNotContain("Lighthouse Guild");

        jdbc.update("insert into organisation (slug, type) values ('kept-pages-lighthouse-guild', 'CIVIL_SOCIETY')");
        jdbc.update("""
                insert into organisation_name (organisation_id, language, name)
                select id, 'en', 'Lighthouse Guild' from organisation where slug = 'kept-pages-lighthouse-guild'""");
        try {
            assertThat(anonymous("/organisations?q=lighthouse").getContentAsString()).contains("Lighthouse Guild");
            assertThat(anonymous("/").getContentAsString()).contains("directory of " + (count + 1) + " organisations");
        } finally {
            jdbc.update("delete from organisation where slug = 'kept-pages-lighthouse-guild'");
        }
    }

    @Test
    void aLanguageChosenByLinkIsStillRemembered() throws Exception {
        anonymous("/organisations");
        mvc.perform(get("/organisations").param("lang", "fr")).andExpect(status().isOk())
                .andExpect(header().exists(HttpHeaders.SET_COOKIE));
    }

    @Test
    void staticResourcesHaveVersionedAddressesKeptAYear() throws Exception {
        String page = anonymous("/").getContentAsString();
        Matcher css = Pattern.compile("href=\"(/css/concord-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("the stylesheet's address carries its content's hash").isTrue();
        assertThat(page).containsPattern("src=\"/webjars/htmx.org/[^\"]*htmx.min-[0-9a-f]{32}\\.js\"");

        MockHttpServletResponse versioned = mvc.perform(get(css.group(1))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(versioned.getHeader(HttpHeaders.CACHE_CONTROL)).contains("max-age=31536000").contains("immutable")
                .doesNotContain("no-store");
        assertThat(versioned.getContentAsString()).isNotEmpty();
        // the plain address is asked again each time, never kept stale
        MockHttpServletResponse plain = mvc.perform(get("/css/concord.css")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plain.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache").doesNotContain("no-store");

        // the webjar named without its version, and the map's country shapes, are served by their versioned addresses
        Matcher htmx = Pattern.compile("src=\"(/webjars/htmx.org/[^\"]*htmx.min-[0-9a-f]{32}\\.js)\"").matcher(page);
        assertThat(htmx.find()).isTrue();
        assertThat(mvc.perform(get(htmx.group(1))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("htmx");
        Matcher geo = Pattern.compile("data-geo=\"(/geo/world-110m-[0-9a-f]{32}\\.geojson)\"")
                .matcher(anonymous("/map").getContentAsString());
        assertThat(geo.find()).as("the map names its shapes by a versioned address").isTrue();
        mvc.perform(get(geo.group(1))).andExpect(status().isOk());
        // links to pages stay as they are; only the static folders are looked up as files
        assertThat(page).contains("href=\"/organisations\"");
        assertThat(mvc.perform(get("/static/css/concord.css")).andReturn().getResponse().getStatus())
                .as("the class path's static folder is no address").isNotEqualTo(200);
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return perform(get(path).header("Accept-Language", "en"));
    }

    private MockHttpServletResponse signedIn(String path) throws Exception {
        return perform(get(path).header("Accept-Language", "en").with(authentication(reader)));
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
