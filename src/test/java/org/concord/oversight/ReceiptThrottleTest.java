package org.concord.oversight;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong receipts from one source are throttled after five, on the page and in the API; other sources go on. Past the
 * ceiling for everybody, failing sources are slowed but nobody is locked out; an IPv6 source counts by its /64.
 */
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

    @AfterEach
    void forgetTheCeiling() {
        jdbc.update("delete from oversight_receipt_throttle where scope = 'global'");
    }

    /** As if many addresses had guessed in the last minutes, far past the ceiling for everybody. */
    private void ceilingPassed() {
        jdbc.update("""
                insert into oversight_receipt_throttle (scope, key, attempts, window_start, blocked_until)
                values ('global', '', 5000, now(), now() + interval '1 hour')
                on conflict (scope, key) do update set attempts = 5000, window_start = now(),
                    blocked_until = now() + interval '1 hour'""");
    }

    @Test
    void anAttackerPastTheCeilingLocksNobodyOut() throws Exception {
        OversightFixture.Body body = fixture().body();
        String receipt = ReceiptFlowTest.submit(mvc, body.slug(), "Threatened by the unit commander");
        ceilingPassed();

        // the reporter with the right receipt opens the report at once, on the page and in the API
        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(from("10.79.1.1")).with(csrf()))
                .andExpect(redirectedUrl("/report/follow-up/report"));
        mvc.perform(post("/api/v1/oversight/follow-up").with(from("10.79.1.2")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"receipt\": \"" + receipt + "\"}"))
                .andExpect(status().isOk());

        // one who mistypes is told so, then waits a minute (slowed, not locked), and is not refused before trying
        String mistyper = "10.79.2." + (int) (Math.random() * 250);
        mvc.perform(post("/report/follow-up").param("receipt", "0000 0000 0000 0001").with(from(mistyper)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(from(mistyper)).with(csrf()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9]|[1-5][0-9]|60")));
    }

    @Test
    void anIpv6SourceCountsByItsSlash64() throws Exception {
        OversightFixture.Body body = fixture().body();
        String receipt = ReceiptFlowTest.submit(mvc, body.slug(), "Bribe asked at the checkpoint");
        String prefix = "2001:db8:" + Integer.toHexString((int) (Math.random() * 0xffff)) + ":1:";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/report/follow-up").param("receipt", String.format("%016d", 987654321L + i))
                            .with(from(prefix + Integer.toHexString(i + 1) + ":0:0:1")).with(csrf()))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(from(prefix + "ffff:0:0:9")).with(csrf()))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/report/follow-up").param("receipt", receipt).with(from("2001:db8:ffff:2::1")).with(csrf()))
                .andExpect(redirectedUrl("/report/follow-up/report"));
    }
}
