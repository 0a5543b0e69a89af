package org.concord.projects.internal.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules an activity must meet, on activities built in memory, as a hand edit builds them. */
class ActivityRulesTest {

    private final ActivityRules rules = new ActivityRules();

    @Test
    void activitiesThatPassTheReaderPassTheRules() {
        for (IatiActivity activity : SampleActivities.rich()) {
            assertThat(rules.check(activity).rejections()).as(activity.identifier()).isEmpty();
        }
        assertThat(rules.check(SampleActivities.minimal()).passed()).isTrue();
    }

    @Test
    void brokenRulesNameTheElementAsTheReaderWould() {
        IatiActivity base = SampleActivities.policeReformUkraine();
        IatiActivity broken = SampleActivities.withBudgets(base, List.of(
                new Budget("1", "1", LocalDate.of(2025, 1, 1), null,
                        new Money(new BigDecimal(1000), "XXY", null))));
        ActivityRules.Check check = rules.check(broken);

        assertThat(check.rejections()).containsExactly(
                new Problem("iati-activity[1]/budget[1]/period-end", "period-end is missing"),
                new Problem("iati-activity[1]/budget[1]/value", "currency is not in the IATI Currency codelist: 'XXY'"));
        assertThat(check.rejections()).extracting(Problem::key)
                .containsExactly(IatiRule.REQUIRED, IatiRule.CURRENCY_UNKNOWN);
        assertThat(check.rejections().get(1).arguments()).containsExactly("XXY");
    }

    @Test
    void aTransactionNeedsATypeADateAndAnAmountInACurrency() {
        IatiActivity base = SampleActivities.minimal();
        IatiActivity broken = new IatiActivity(base.identifier(), base.defaultCurrency(), base.defaultLanguage(),
                base.hierarchy(), base.humanitarian(), base.lastUpdated(), base.reportingOrg(), base.titles(),
                base.descriptions(), base.participants(), base.status(), base.dates(), base.countries(), base.regions(),
                base.locations(), base.sectors(), base.policyMarkers(), base.collaborationType(), base.defaultFlowType(),
                base.defaultFinanceType(), base.defaultAidType(), base.defaultTiedStatus(), base.activityScope(),
                base.budgets(),
                List.of(new Transaction(null, null, null, null, new Money(null, null, null), null, null, null)),
                base.documents(), base.relatedActivities(), base.results());

        assertThat(rules.check(broken).rejections()).extracting(Problem::element, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple("iati-activity[1]/transaction[1]/transaction-type", IatiRule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("iati-activity[1]/transaction[1]/transaction-date", IatiRule.REQUIRED),
                org.assertj.core.groups.Tuple.tuple("iati-activity[1]/transaction[1]/value", IatiRule.VALUE_NOT_A_NUMBER),
                org.assertj.core.groups.Tuple.tuple("iati-activity[1]/transaction[1]/value", IatiRule.CURRENCY_MISSING));
    }

    /** Every rule reads in every language, with the same arguments as in English. */
    @ParameterizedTest
    @ValueSource(strings = {"", "_fr", "_es", "_ru", "_ar", "_uk"})
    void everyRuleHasItsWordsInEveryLanguage(String suffix) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(suffix);
        for (IatiRule rule : IatiRule.values()) {
            String pattern = translated.getProperty(rule.messageKey());
            assertThat(pattern).as(rule.messageKey() + suffix).isNotBlank();
            assertThat(new MessageFormat(pattern, Locale.ROOT).getFormats())
                    .as(rule.messageKey() + suffix)
                    .hasSameSizeAs(new MessageFormat(english.getProperty(rule.messageKey()), Locale.ROOT).getFormats());
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ActivityRulesTest.class.getResourceAsStream("/i18n/projects" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
