package org.concord.exchangerates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The module with what it depends on (audit, shared) and nothing else: dated rates convert, and a date with no dated
 * rate near it takes the annual averages, which the module keeps in its own table (no other module needed).
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
                insert into exchange_rate (kind, base, currency, on_date, rate, source, recorded_at)
                values ('dated', 'EUR', 'CHF', '2019-07-05', 1.1100, 'module test', now()) on conflict do nothing""");
        Conversion c = rates.convert(new BigDecimal("100"), "EUR", "CHF", LocalDate.of(2019, 7, 7)).orElseThrow();
        assertThat(c.amount()).isEqualByComparingTo("111.00");
        assertThat(c.rate().rateDate()).isEqualTo(LocalDate.of(2019, 7, 5));
        // eight days later the dated rate is out of the window: the 2019 averages (1.12 and 1.006 US dollars)
        Conversion annual = rates.convert(new BigDecimal("100"), "EUR", "CHF", LocalDate.of(2019, 7, 13)).orElseThrow();
        assertThat(annual.rate().basis()).isEqualTo(AppliedRate.Basis.ANNUAL);
        assertThat(annual.rate().rateYear()).isEqualTo(2019);
        assertThat(annual.amount()).isEqualByComparingTo("111.33");
        assertThat(rates.convert(new BigDecimal("100"), "EUR", "XTS", LocalDate.of(2019, 7, 13))).isEmpty();
    }
}
