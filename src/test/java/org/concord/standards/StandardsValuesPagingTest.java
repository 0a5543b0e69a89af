package org.concord.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.indicators.IndicatorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The indicator page lists its values 50 at a time, with the shared pager, filtered by country or institution. */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsValuesPagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;

    @Test
    void theValuesArePagedAndFilteredBySubject() throws Exception {
        StandardsFixtures fixtures = new StandardsFixtures(jdbc);
        long indicator = fixtures.indicator(frameworks, indicators, Visibility.PUBLIC, Unit.PERCENTAGE)[2];
        // verified: Germany and France 30 years each, Ukraine 60, the OHCHR 5; a Ukrainian draft only its owner sees
        List<Object[]> rows = new ArrayList<>();
        for (int year = 2001; year <= 2030; year++) {
            rows.add(new Object[] {indicator, "DE", null, year, "VERIFIED"});
            rows.add(new Object[] {indicator, "FR", null, year, "VERIFIED"});
        }
        for (int year = 1971; year <= 2030; year++) {
            rows.add(new Object[] {indicator, "UA", null, year, "VERIFIED"});
        }
        for (int year = 2026; year <= 2030; year++) {
            rows.add(new Object[] {indicator, null, fixtures.ohchr, year, "VERIFIED"});
        }
        rows.add(new Object[] {indicator, "UA", null, 1970, "DRAFT"});
        jdbc.batchUpdate("""
                insert into standards_value (indicator_id, country_code, organisation_id, period, period_start, period_end,
                    value, status, verified_at)
                values (?, ?, ?, ?::int::text, make_date(?::int, 1, 1), make_date(?::int, 12, 31), 50, ?,
                        case when ? = 'VERIFIED' then now() end)""",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[3], r[3], r[4], r[4]}).toList());
        String at = "/standards/indicators/" + indicator;

        String first = page(get(at));
        assertThat(first).contains("125 values · page 1 of 3", "href=\"" + at + "?page=1\"")
                .contains("<option value=\"country:UA\">", "<option value=\"institution:" + fixtures.ohchr + "\">");
        assertThat(count(first, "<td>2030</td>")).isEqualTo(2);          // Germany's and France's first 20
        String third = page(get(at).param("page", "2"));
        assertThat(third).contains("125 values · page 3 of 3", "href=\"" + at + "?page=1\"");
        // the last 25: Ukraine's 20 oldest, then the OHCHR's 5
        assertThat(third).contains("<td>1971</td>").doesNotContain("<td>1991</td>");
        assertThat(count(third, "<td>2030</td>")).isEqualTo(1);
        assertThat(page(get(at).param("page", "99"))).contains("page 3 of 3");

        String ukraine = page(get(at).param("subject", "country:UA"));
        assertThat(ukraine).contains("60 values · page 1 of 2", "<option value=\"country:UA\" selected=\"selected\">",
                "href=\"" + at + "?subject=country%3AUA&amp;page=1\"");
        assertThat(count(ukraine, "<td>2030</td>")).isEqualTo(1);
        assertThat(page(get(at).param("subject", "country:UA").param("page", "1")))
                .contains("page 2 of 2", "<td>1971</td>").doesNotContain("<td>1970</td>");
        assertThat(page(get(at).param("subject", "institution:" + fixtures.ohchr))).contains("5 values · page 1 of 1")
                .doesNotContain("rel=\"next\"");
        assertThat(page(get(at).param("subject", "country:FR"))).contains("30 values · page 1 of 1");

        // the indicator's organisation also sees its draft
        assertThat(page(get(at).param("subject", "country:UA").param("page", "1").with(authentication(fixtures.undpCoordinator()))))
                .contains("61 values · page 2 of 2", "<td>1970</td>");

        // the rows go again, and the table's statistics with them: other tests look at query plans on this table
        jdbc.update("delete from standards_value where indicator_id = ?", indicator);
        jdbc.execute("analyze standards_value");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int count(String page, String text) {
        int n = 0;
        for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }
}
