package org.concord.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Concord's one formatter writes numbers, amounts and dates the interface language's way; Arabic with Latin digits. */
class AmountsTest {

    final Amounts amounts = new Amounts(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/shared", "i18n/projects", "i18n/portal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void amountsAreGroupedTheWayEachLanguageGroupsThem() {
        BigDecimal amount = new BigDecimal("1234567.4");
        assertThat(amounts.whole(amount, Locale.ENGLISH)).isEqualTo("1,234,567");
        assertThat(amounts.whole(amount, Locale.FRENCH)).isEqualTo("1\u202f234\u202f567");
        assertThat(amounts.whole(amount, Locale.forLanguageTag("ru"))).isEqualTo("1\u00a0234\u00a0567");
        assertThat(amounts.money(new BigDecimal("1234.5"), "EUR", Locale.FRENCH)).isEqualTo("1\u202f234,5\u00a0EUR");
        assertThat(amounts.money(new BigDecimal("1234.5"), "EUR", Locale.forLanguageTag("ru"))).isEqualTo("1\u00a0234,5\u00a0EUR");
    }

    @Test
    void arabicUsesLatinDigitsEverywhereAsTheIdentifiersAndCodesBesideThemDo() {
        Locale arabic = Locale.forLanguageTag("ar");
        assertThat(amounts.whole(new BigDecimal("3077"), arabic)).isEqualTo("3,077");
        assertThat(amounts.money(new BigDecimal("1234.5"), "USD", arabic)).isEqualTo("\u20681,234.5\u00a0USD\u2069");
        assertThat(amounts.usd(new BigDecimal("3077"), arabic)).contains("3,077").doesNotContainPattern("[\u0660-\u0669]");
        assertThat(amounts.percent(new BigDecimal("0.045"), arabic)).doesNotContainPattern("[\u0660-\u0669]").contains("4.5");
        assertThat(amounts.date(LocalDate.of(2026, 12, 6), arabic)).doesNotContainPattern("[\u0660-\u0669]").contains("2026");
    }

    @Test
    void inArabicAPositiveAndANegativeAmountAreEachOneLeftToRightUnitLaidOutAlike() {
        Locale arabic = Locale.forLanguageTag("ar");
        // isolated, the minus sign stays before the digits and the code after them, as in the positive amount
        assertThat(amounts.money(new BigDecimal("-200000"), "USD", arabic)).startsWith("\u2068").endsWith("USD\u2069")
                .contains("-200,000\u00a0USD");
        assertThat(amounts.money(new BigDecimal("1000000"), "USD", arabic)).isEqualTo("\u20681,000,000\u00a0USD\u2069");
        // left-to-right languages are not touched
        assertThat(amounts.money(new BigDecimal("-200000"), "USD", Locale.ENGLISH)).isEqualTo("-200,000\u00a0USD");
    }

    @Test
    void datesAndMomentsFollowTheLanguage() {
        assertThat(amounts.date(LocalDate.of(2026, 12, 6), Locale.FRENCH)).isEqualTo("6 déc. 2026");
        assertThat(amounts.date(LocalDate.of(2026, 12, 6), Locale.ENGLISH)).isEqualTo("Dec 6, 2026");
        assertThat(amounts.period(LocalDate.of(2020, 1, 1), null, Locale.FRENCH)).isEqualTo("1 janv. 2020 – …");
        assertThat(amounts.moment(Instant.parse("2026-12-06T10:00:00Z"), Locale.FRENCH)).startsWith("6 déc. 2026").endsWith("10:00 UTC");
    }

    @Test
    void aYearIsAYearAndWordsStayWords() {
        assertThat(amounts.year(2014)).isEqualTo("2014");
        assertThat(amounts.value("1500", Locale.FRENCH)).isEqualTo("1\u202f500");
        assertThat(amounts.value("high", Locale.FRENCH)).isEqualTo("high");
    }
}
