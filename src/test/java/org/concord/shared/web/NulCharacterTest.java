package org.concord.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A NUL character in any parameter is refused as bad input (400), never a server error. */
@SpringBootTest
@AutoConfigureMockMvc
class NulCharacterTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiAnswersWithAProblemDocumentNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/activities").param("q", "police\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The parameter q contains a NUL character, which no field accepts."));
        mvc.perform(get("/api/v1/organisations").param("q", "a\u0000b")).andExpect(status().isBadRequest());
    }

    @Test
    void pagesAnswer400() throws Exception {
        mvc.perform(get("/activities").param("q", "\u0000")).andExpect(status().isBadRequest());
        mvc.perform(get("/organisations").param("country", "U\u0000A")).andExpect(status().isBadRequest());
        // the same words without it are answered as usual
        mvc.perform(get("/activities").param("q", "police")).andExpect(status().isOk());
    }
}
