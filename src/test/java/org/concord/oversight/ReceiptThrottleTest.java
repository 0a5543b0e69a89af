package org.concord.oversight;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Wrong receipts from one source are throttled after five, on the page and in the API; other sources go on. */
@SpringBootTest
@AutoConfigureMockMvc
class ReceiptThrottleTest extends OversightTestBase {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void fiveWrongReceiptsThenEvenTheRightOneWaits() throws Exception {
        OversightFixture.Body body = fixture().body();
        String receipt = ReceiptFlowTest.submit(mvc, body.slug(), "Beaten in custody");
        String guesser = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/report/follow-up").param("receipt", String.format("%016d", 1234567890L + i))
                            .with(from(guesser)).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(Matchers.containsString("No report has this receipt")));
        }
        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(from(guesser)).with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(Matchers.containsString("Too many wrong receipts")));
        mvc.perform(post("/api/v1/oversight/follow-up").with(from(guesser)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receipt\": \"" + receipt + "\"}"))
                .andExpect(status().isTooManyRequests());

        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(from("10.78.0.1")).with(csrf()))
                .andExpect(redirectedUrl("/report/follow-up/report"));
        mvc.perform(post("/api/v1/oversight/follow-up").with(from("10.78.0.2")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receipt\": \"" + receipt + "\"}"))
                .andExpect(status().isOk());
    }
}
