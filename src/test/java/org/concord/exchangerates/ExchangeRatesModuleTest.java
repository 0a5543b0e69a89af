package org.concord.exchangerates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The module with what it depends on (audit, shared) and nothing else: dated rates convert; without the activity
 * registry there is no annual fallback, and a date with no dated rate near it converts nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class ExchangeRatesModuleTest {

    @Autowired
    ExchangeRates rates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void datedRatesConvertOnTheirOwn() {
        jdbc.update("""
                insert into dated_exchange_rate (base, currency, on_date, rate, source, imported_at)
                values ('EUR', 'CHF', '2019-07-05', 1.1100, 'module test', now()) on conflict do nothing""");
        Conversion c = rates.convert(new BigDecimal("100"), "EUR", "CHF", LocalDate.of(2019, 7, 7)).orElseThrow();
        assertThat(c.amount()).isEqualByComparingTo("111.00");
        assertThat(c.rate().rateDate()).isEqualTo(LocalDate.of(2019, 7, 5));
        assertThat(rates.convert(new BigDecimal("100"), "EUR", "CHF", LocalDate.of(2019, 7, 13))).isEmpty();
    }
}
