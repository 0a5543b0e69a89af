package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Indicator;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Org;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.RecipientRegion;
import org.concord.projects.internal.iati.IatiActivity.Result;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;

/**
 * The rules an activity must meet, whether it was read from a file or entered by hand: what makes it unusable
 * (rejected: no identifier or reporting-org, money without a usable amount or currency, a transaction without a
 * type, a budget or transaction without its dates) and what is kept but looks wrong (a warning: codes outside the
 * IATI codelists, percentages that do not add up to 100, no title). What a file can get wrong in its XML alone
 * (a date that is not a date, an attribute that is not a number) is the {@link IatiActivityMapper}'s to say.
 *
 * <p>The mapper asks each rule as it reads the part it concerns, so that problems come in document order and no
 * path is built unless something is wrong; {@link #check} asks them all of an activity built any other way.
 */
public final class ActivityRules {

    /** Where a part of the activity is, as an element path; built only when a rule is broken there. */
    interface Place {
        String path();

        default String path(String childName) {
            return path() + "/" + childName;
        }
    }

    /** Where the rules report: a rejection makes the activity unusable, a warning keeps it. */
    interface Findings {
        void reject(String element, IatiRule rule, String... arguments);

        void warn(String element, IatiRule rule, String... arguments);
    }

    /** What {@link #check} found: the activity is usable when {@code rejections} is empty. */
    public record Check(List<Problem> rejections, List<Problem> warnings) {
        public boolean passed() {
            return rejections.isEmpty();
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** How far ahead a date may lie before it is questioned: a typing slip such as 2204 for 2024 is further. */
    static final int FAR_FUTURE_YEARS = 10;

    private final IatiCodelists codelists;
    /** What "today" is for dates that claim to have happened: actual dates after it are questioned. */
    private final Clock clock;

    public ActivityRules() {
        this(IatiCodelists.standard(), Clock.systemUTC());
    }

    public ActivityRules(Clock clock) {
        this(IatiCodelists.standard(), clock);
    }

    public ActivityRules(IatiCodelists codelists) {
        this(codelists, Clock.systemUTC());
    }

    public ActivityRules(IatiCodelists codelists, Clock clock) {
        this.codelists = Objects.requireNonNull(codelists);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Every rule, on an activity built any way (a form, the API). Paths are those the activity would have as the
     * first of a file: {@code iati-activity[1]/transaction[2]/transaction-date}.
     */
    public Check check(IatiActivity activity) {
        List<Problem> rejections = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Findings findings = new Findings() {
            @Override
            public void reject(String element, IatiRule rule, String... arguments) {
                rejections.add(new Problem(element, rule, arguments));
            }

            @Override
            public void warn(String element, IatiRule rule, String... arguments) {
                warnings.add(new Problem(element, rule, arguments));
            }
        };
        At root = new At(null, "iati-activity", 1);
        if (activity.identifier() == null) {
            findings.reject(root.path("iati-identifier"), IatiRule.REQUIRED, "iati-identifier");
        } else if (activity.identifier().isBlank()) {
            findings.reject(root.path("iati-identifier"), IatiRule.BLANK, "iati-identifier");
        }
        defaultCurrency(activity.defaultCurrency(), root, findings);
        reportingOrg(activity.reportingOrg(), root, new At(root, "reporting-org", 0), findings);
        titles(activity.titles(), root, findings);
        int n = 0;
        for (RecipientCountry country : activity.countries()) {
            country(country.code(), new At(root, "recipient-country", ++n), findings);
        }
        n = 0;
        for (RecipientRegion region : activity.regions()) {
            region(region.vocabulary(), region.code(), new At(root, "recipient-region", ++n), findings);
        }
        n = 0;
        for (Sector sector : activity.sectors()) {
            sector(sector.vocabulary(), sector.code(), true, new At(root, "sector", ++n), findings);
        }
        n = 0;
        for (Budget budget : activity.budgets()) {
            At at = new At(root, "budget", ++n);
            requiredDate(budget.periodStart(), at, "period-start", findings);
            requiredDate(budget.periodEnd(), at, "period-end", findings);
            money(budget.value(), activity.defaultCurrency(), at, findings);
        }
        n = 0;
        for (Transaction transaction : activity.transactions()) {
            At at = new At(root, "transaction", ++n);
            transactionType(transaction.type(), at, findings);
            requiredDate(transaction.date(), at, "transaction-date", findings);
            money(transaction.value(), activity.defaultCurrency(), at, findings);
        }
        n = 0;
        for (Result result : activity.results()) {
            At resultAt = new At(root, "result", ++n);
            int i = 0;
            for (Indicator indicator : result.indicators()) {
                At indicatorAt = new At(resultAt, "indicator", ++i);
                baselineYear(indicator.baselineYear(), new At(indicatorAt, "baseline", 1), findings);
            }
        }
        percentages(activity, root, findings);
        questionable(activity, root, findings);
        return new Check(rejections, warnings);
    }

    void defaultCurrency(String code, Place activity, Findings findings) {
        if (code != null && !codelists.isValid("Currency", code)) {
            findings.reject(activity.path(), IatiRule.DEFAULT_CURRENCY_UNKNOWN, code);
        }
    }

    /** {@code element} is where the reporting-org is, null when it is missing. */
    void reportingOrg(Org org, Place activity, Place element, Findings findings) {
        if (org == null) {
            findings.reject(activity.path("reporting-org"), IatiRule.REQUIRED, "reporting-org");
        } else if (org.ref() == null) {
            findings.warn(element.path(), IatiRule.REPORTING_ORG_NO_REF);
        }
    }

    /** Allowed, but lists will show the identifier instead. */
    void titles(List<Narrative> titles, Place activity, Findings findings) {
        if (titles.isEmpty()) {
            findings.warn(activity.path("title"), IatiRule.TITLE_MISSING);
        }
    }

    void country(String code, Place country, Findings findings) {
        if (!codelists.isValid("Country", code)) {
            findings.warn(country.path(), IatiRule.COUNTRY_UNKNOWN, code);
        }
    }

    void region(String vocabulary, String code, Place place, Findings findings) {
        if ("1".equals(vocabulary) && !codelists.isValid("Region", code)) {
            findings.warn(place.path(), IatiRule.REGION_UNKNOWN, code);
        }
    }

    /** {@code vocabularyPublished}: false when the file left the vocabulary to its default, 1. */
    void sector(String vocabulary, String code, boolean vocabularyPublished, Place place, Findings findings) {
        if (!vocabularyPublished && !codelists.isValid("Sector", code)) {
            findings.warn(place.path(), IatiRule.SECTOR_NO_VOCABULARY, code);
        } else if (vocabularyPublished && "1".equals(vocabulary) && !codelists.isValid("Sector", code)) {
            findings.warn(place.path(), IatiRule.SECTOR_UNKNOWN, code);
        } else if ("2".equals(vocabulary) && !codelists.isValid("SectorCategory", code)) {
            findings.warn(place.path(), IatiRule.SECTOR_CATEGORY_UNKNOWN, code);
        }
    }

    void transactionType(String type, Place transaction, Findings findings) {
        if (type == null) {
            findings.reject(transaction.path("transaction-type"), IatiRule.REQUIRED, "transaction-type");
        } else if (TransactionType.of(type) == null) {
            findings.warn(transaction.path("transaction-type"), IatiRule.TRANSACTION_TYPE_UNKNOWN, type);
        }
    }

    /** A date the activity cannot do without: a budget's period, a transaction's date. */
    void requiredDate(LocalDate date, Place parent, String childName, Findings findings) {
        if (date == null) {
            findings.reject(parent.path(childName), IatiRule.REQUIRED, childName);
        }
    }

    /** The value of a budget or transaction: an amount, and a currency of its own or the activity's. */
    void money(Money money, String defaultCurrency, Place parent, Findings findings) {
        if (money == null) {
            findings.reject(parent.path("value"), IatiRule.REQUIRED, "value");
            return;
        }
        Place value = () -> parent.path("value");
        if (money.amount() == null) {
            findings.reject(value.path(), IatiRule.VALUE_NOT_A_NUMBER, "");
        }
        currency(money.currency(), defaultCurrency, value, findings);
    }

    void currency(String currency, String defaultCurrency, Place value, Findings findings) {
        if (currency == null && defaultCurrency == null) {
            findings.reject(value.path(), IatiRule.CURRENCY_MISSING);
        } else if (currency != null && !codelists.isValid("Currency", currency)) {
            findings.reject(value.path(), IatiRule.CURRENCY_UNKNOWN, currency);
        }
    }

    void baselineYear(Integer year, Place baseline, Findings findings) {
        if (year != null && (year < 1000 || year > 9999)) {
            findings.warn(baseline.path(), IatiRule.BASELINE_YEAR, year.toString());
        }
    }

    /**
     * Values a reader should question, kept and counted as the file states: a negative budget, disbursement or
     * expenditure (a correction, or a sign slip); a date more than {@value #FAR_FUTURE_YEARS} years ahead; an actual
     * date (activity-date types 2 and 4, a transaction's date) after today.
     */
    void questionable(IatiActivity activity, Place place, Findings findings) {
        LocalDate today = LocalDate.now(clock);
        LocalDate far = today.plusYears(FAR_FUTURE_YEARS);
        int n = 0;
        for (IatiActivity.ActivityDate date : activity.dates()) {
            String path = place.path("activity-date[" + ++n + "]");
            boolean actual = "2".equals(date.type()) || "4".equals(date.type());
            future(date.date(), actual, today, far, path, "activity-date", findings);
        }
        n = 0;
        for (Budget budget : activity.budgets()) {
            String path = place.path("budget[" + ++n + "]");
            negative(budget.value(), activity.defaultCurrency(), path + "/value", "budget/value", findings);
            future(budget.periodStart(), false, today, far, path + "/period-start", "period-start", findings);
            future(budget.periodEnd(), false, today, far, path + "/period-end", "period-end", findings);
        }
        n = 0;
        for (Transaction transaction : activity.transactions()) {
            String path = place.path("transaction[" + ++n + "]");
            TransactionType type = TransactionType.of(transaction.type());
            if (type == TransactionType.DISBURSEMENT || type == TransactionType.EXPENDITURE) {
                negative(transaction.value(), activity.defaultCurrency(), path + "/value", "transaction/value", findings);
            }
            // a transaction is money that moved: its date is an actual date
            future(transaction.date(), true, today, far, path + "/transaction-date", "transaction-date", findings);
        }
    }

    private static void negative(Money money, String defaultCurrency, String path, String what, Findings findings) {
        if (money != null && money.amount() != null && money.amount().signum() < 0) {
            String currency = money.currency() != null ? money.currency() : defaultCurrency;
            String amount = money.amount().toPlainString() + (currency == null ? "" : " " + currency);
            findings.warn(path, IatiRule.NEGATIVE_VALUE, what, amount);
        }
    }

    private static void future(LocalDate date, boolean actual, LocalDate today, LocalDate far, String path,
                               String what, Findings findings) {
        if (date == null) {
            return;
        }
        if (date.isAfter(far)) {
            findings.warn(path, IatiRule.DATE_FAR_FUTURE, what, date.toString());
        } else if (actual && date.isAfter(today)) {
            findings.warn(path, IatiRule.ACTUAL_DATE_FUTURE, what, date.toString());
        }
    }

    /**
     * The standard asks recipient countries and regions together to make 100 %, and regions of each vocabulary
     * separately when several are used; and sectors of each vocabulary to make 100 %.
     */
    void percentages(IatiActivity activity, Place place, Findings findings) {
        Map<String, List<BigDecimal>> regionsByVocabulary = new LinkedHashMap<>();
        activity.regions().forEach(r -> regionsByVocabulary.computeIfAbsent(r.vocabulary(), v -> new ArrayList<>())
                .add(r.percentage()));
        List<BigDecimal> countries = activity.countries().stream().map(RecipientCountry::percentage).toList();
        if (regionsByVocabulary.isEmpty()) {
            checkSum(countries, place.path("recipient-country"), IatiRule.COUNTRY_PERCENTAGES_NOT_GIVEN,
                    IatiRule.COUNTRY_PERCENTAGES_SUM, null, findings);
        } else {
            regionsByVocabulary.forEach((vocabulary, regions) -> {
                List<BigDecimal> together = new ArrayList<>(countries);
                together.addAll(regions);
                if (countries.isEmpty()) {
                    checkSum(together, place.path("recipient-region"), IatiRule.REGION_PERCENTAGES_NOT_GIVEN,
                            IatiRule.REGION_PERCENTAGES_SUM, vocabulary, findings);
                } else {
                    checkSum(together, place.path(), IatiRule.GEOGRAPHY_PERCENTAGES_NOT_GIVEN,
                            IatiRule.GEOGRAPHY_PERCENTAGES_SUM, vocabulary, findings);
                }
            });
        }
        Map<String, List<BigDecimal>> sectorsByVocabulary = new LinkedHashMap<>();
        activity.sectors().forEach(s -> sectorsByVocabulary.computeIfAbsent(s.vocabulary(), v -> new ArrayList<>())
                .add(s.percentage()));
        sectorsByVocabulary.forEach((vocabulary, percentages) -> checkSum(percentages, place.path("sector"),
                IatiRule.SECTOR_PERCENTAGES_NOT_GIVEN, IatiRule.SECTOR_PERCENTAGES_SUM, vocabulary, findings));
    }

    /**
     * A lone element without a percentage means 100 %; otherwise the given percentages must add up to 100.
     * {@code vocabulary} is the rule's first argument when not null.
     */
    private static void checkSum(List<BigDecimal> percentages, String element, IatiRule notGiven, IatiRule sum,
                                 String vocabulary, Findings findings) {
        if (percentages.stream().allMatch(Objects::isNull)) {
            if (percentages.size() > 1) {
                String count = Integer.toString(percentages.size());
                findings.warn(element, notGiven, vocabulary == null ? new String[] {count}
                        : new String[] {vocabulary, count});
            }
            return;
        }
        BigDecimal total = percentages.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            String plain = total.stripTrailingZeros().toPlainString();
            findings.warn(element, sum, vocabulary == null ? new String[] {plain} : new String[] {vocabulary, plain});
        }
    }

    /** A part of an activity built in memory: its name and, when it may repeat, its position from 1 (else 0). */
    private record At(At parent, String name, int position) implements Place {
        @Override
        public String path() {
            String self = position == 0 ? name : name + "[" + position + "]";
            return parent == null ? self : parent.path() + "/" + self;
        }
    }
}
