package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shared form fields (templates/fields.html): a refused value comes back in its field, with the
 * rule beside it, announced to screen readers; a field without an error says nothing of one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormFieldsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRuleTheServiceRefusesIsShownBesideItsFieldAndAnnounced() throws Exception {
        String page = mvc.perform(post("/organisations").with(authentication(TestActors.admin())).with(csrf())
                        .param("names[0].language", "en").param("names[0].name", "Gamma Border Service")
                        .param("type", "ACADEMIC_TRAINING_CENTRE").param("website", "gamma.example").param("version", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String website = tag(page, "input", "website");
        assertThat(website).contains("name=\"website\"", "value=\"gamma.example\"", "aria-invalid=\"true\"",
                "aria-describedby=\"website-error\"", "class=\"invalid\"");
        assertThat(page).contains("<label for=\"website\">Website</label>")
                .contains("<p class=\"error\" id=\"website-error\">Give a web address starting with https:// or http://.</p>")
                .contains("<a href=\"#website\">Give a web address starting with https:// or http://.</a>");

        String name = tag(page, "input", "names-0-name");
        assertThat(name).contains("name=\"names[0].name\"", "value=\"Gamma Border Service\"").doesNotContain("aria-invalid");
        assertThat(page).doesNotContain("id=\"names-0-name-error\"");
    }

    @Test
    void aHintIsTiedToItsField() throws Exception {
        String page = mvc.perform(get("/organisations/new").with(authentication(TestActors.admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(tag(page, "input", "iatiIdentifier")).contains("aria-describedby=\"iatiIdentifier-hint\"")
                .doesNotContain("aria-invalid");
        assertThat(page).contains("<p class=\"hint\" id=\"iatiIdentifier-hint\">");
        assertThat(tag(page, "select", "countries")).contains("multiple", "size=\"8\"", "name=\"countries\"");
        assertThat(page).contains("<option value=\"UA\">");
    }

    /** The opening tag of the element with this id. */
    private static String tag(String page, String element, String id) {
        Matcher m = Pattern.compile("<" + element + "\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as("<%s id=%s>", element, id).isTrue();
        return m.group();
    }
}
