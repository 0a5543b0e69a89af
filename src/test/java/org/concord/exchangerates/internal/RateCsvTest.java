package org.concord.exchangerates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two CSV layouts, and every broken cell reported by row and column. */
class RateCsvTest {

    @Test
    void theEcbLayoutGivesOneRatePerCurrencyAndDaySkippingNa() throws IOException {
        String csv = new String(getClass().getResourceAsStream("/exchangerates/ecb-eurofxref-hist-sample.csv")
                .readAllBytes(), StandardCharsets.UTF_8);
        RateCsv.Parsed parsed = RateCsv.parse(csv, "EUR", "ECB");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.layout()).isEqualTo(RateCsv.CENTRAL_BANK);
        assertThat(parsed.quotes()).anySatisfy(q -> {
            assertThat(q.date()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(q.currency()).isEqualTo("USD");
            assertThat(q.base()).isEqualTo("EUR");
            assertThat(q.rate()).isEqualByComparingTo("1.0887");
        });
        // no rate where the bank published N/A
        assertThat(parsed.quotes()).noneMatch(q -> q.currency().equals("RUB") && q.date().equals(LocalDate.of(2024, 3, 15)));
    }

    @Test
    void theLongLayoutTakesItsColumnsInAnyOrder() {
        RateCsv.Parsed parsed = RateCsv.parse("""
                rate,date,base,currency,source
                1.0887,2024-03-15,EUR,USD,
                0.0098,2024-03-15,UAH,EUR,NBU
                """, "EUR", "ECB");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.layout()).isEqualTo(RateCsv.LONG);
        assertThat(parsed.quotes()).extracting(RateRule.Quote::source).containsExactly("ECB", "NBU");
    }

    @Test
    void brokenCellsAreReportedByRowAndColumn() {
        RateCsv.Parsed parsed = RateCsv.parse("""
                date,currency,base,rate
                2024-03-15,USD,EUR,1.0887
                15/03/2024,USD,EUR,1.0887
                2024-03-15,XYZ,EUR,1.2
                2024-03-15,GBP,EUR,-0.85
                2024-03-15,EUR,EUR,1
                2024-03-15,USD,EUR,1.09
                """, "EUR", "ECB");
        assertThat(parsed.errors()).containsExactly(
                new RateCsv.CellError(3, "date", "rate-date-format", "15/03/2024"),
                new RateCsv.CellError(4, "currency", "unknown-currency", "XYZ"),
                new RateCsv.CellError(5, "rate", "rate-format", "-0.85"),
                new RateCsv.CellError(6, "currency", "rate-same-currency", "EUR"),
                new RateCsv.CellError(7, "currency", "rate-duplicate", "2"));
    }

    @Test
    void aHeaderOfNeitherLayoutIsRefusedAtRowOne() {
        assertThat(RateCsv.parse("when,what\n2024-01-01,1\n", "EUR", "ECB").errors())
                .containsExactly(new RateCsv.CellError(1, "when", "layout", "when,what"));
        assertThat(RateCsv.parse("Date,USD,QQQ\n2024-03-15,1.08,2\n", "EUR", "ECB").errors())
                .containsExactly(new RateCsv.CellError(1, "QQQ", "unknown-currency", "QQQ"));
        assertThat(RateCsv.parse("", "EUR", "ECB").errors()).extracting(RateCsv.CellError::rule).containsExactly("empty");
    }
}
