package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One IATI 2.03 activity as Concord models it: every element Concord keeps, in the order the standard
 * gives, with repeated elements as lists. Codes are kept as published (IATI codelists); amounts are
 * exact decimals in the currency given on the value or, failing that, the activity's default currency.
 * Import, storage and export all go through this type, so {@code parse(write(a)).equals(a)} is the
 * round-trip promise.
 */
public record IatiActivity(
        String identifier,
        String defaultCurrency,
        String defaultLanguage,
        Integer hierarchy,
        Boolean humanitarian,
        Instant lastUpdated,
        Org reportingOrg,
        List<Narrative> titles,
        List<Description> descriptions,
        List<Participant> participants,
        String status,
        List<ActivityDate> dates,
        List<RecipientCountry> countries,
        List<RecipientRegion> regions,
        List<Location> locations,
        List<Sector> sectors,
        List<PolicyMarker> policyMarkers,
        String collaborationType,
        String defaultFlowType,
        String defaultFinanceType,
        String defaultAidType,
        String defaultTiedStatus,
        String activityScope,
        List<Budget> budgets,
        List<Transaction> transactions,
        List<DocumentLink> documents,
        List<RelatedActivity> relatedActivities,
        List<Result> results) {

    public IatiActivity {
        titles = List.copyOf(titles);
        descriptions = List.copyOf(descriptions);
        participants = List.copyOf(participants);
        dates = List.copyOf(dates);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        locations = List.copyOf(locations);
        sectors = List.copyOf(sectors);
        policyMarkers = List.copyOf(policyMarkers);
        budgets = List.copyOf(budgets);
        transactions = List.copyOf(transactions);
        documents = List.copyOf(documents);
        relatedActivities = List.copyOf(relatedActivities);
        results = List.copyOf(results);
    }

    /** Text in one language; {@code lang} null means the activity's default language. */
    public record Narrative(String lang, String text) {
    }

    public record Org(String ref, String type, String name) {
    }

    public record Description(String type, Narrative text) {
    }

    /** participating-org: role 1 funding, 2 accountable, 3 extending, 4 implementing. */
    public record Participant(String role, String ref, String type, String activityId, String crsChannelCode,
                              Narrative name) {
    }

    /** activity-date: type 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
    public record ActivityDate(String type, LocalDate date) {
    }

    public record RecipientCountry(String code, BigDecimal percentage) {
    }

    public record RecipientRegion(String vocabulary, String code, BigDecimal percentage) {
    }

    public record Location(String ref, String name, String description, BigDecimal latitude, BigDecimal longitude) {
    }

    /** sector: vocabulary 1 DAC 5-digit, 2 DAC 3-digit, 99/98 the publisher's own. */
    public record Sector(String vocabulary, String code, BigDecimal percentage, String name) {
    }

    public record PolicyMarker(String vocabulary, String code, String significance) {
    }

    public record Money(BigDecimal amount, String currency, LocalDate valueDate) {
    }

    public record Budget(String type, String status, LocalDate periodStart, LocalDate periodEnd, Money value) {
    }

    /** The other side of a transaction: who provided or received the money, and from/into which activity. */
    public record Party(String ref, String activityId, String name) {
    }

    /** transaction-type: 1 incoming funds, 2 outgoing commitment, 3 disbursement, 4 expenditure, 11 incoming commitment… */
    public record Transaction(String ref, Boolean humanitarian, String type, LocalDate date, Money value,
                              String description, Party provider, Party receiver) {
    }

    public record DocumentLink(String url, String format, String title, String category, String language,
                               LocalDate documentDate) {
    }

    public record RelatedActivity(String type, String ref) {
    }

    public record Result(String type, Boolean aggregationStatus, String title, String description,
                         List<Indicator> indicators) {
        public Result {
            indicators = List.copyOf(indicators);
        }
    }

    public record Indicator(String measure, Boolean ascending, String title, String description, Integer baselineYear,
                            LocalDate baselineDate, String baselineValue, String baselineComment,
                            List<Period> periods) {
        public Indicator {
            periods = List.copyOf(periods);
        }
    }

    public record Period(LocalDate start, LocalDate end, String target, String actual) {
    }

    /** The title in {@code language}, else in the default language, else the first. */
    public String title(String language) {
        return titles.stream().filter(t -> language.equalsIgnoreCase(t.lang())).findFirst()
                .or(() -> titles.stream().filter(t -> t.lang() == null).findFirst())
                .or(() -> titles.stream().findFirst())
                .map(Narrative::text).orElse(identifier);
    }
}
