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
        List<Result> results,
        List<Extra> extras) {

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
        extras = extras == null ? List.of() : List.copyOf(extras);
    }

    /** An activity without elements kept as published ({@link Extra}). */
    public IatiActivity(String identifier, String defaultCurrency, String defaultLanguage, Integer hierarchy,
                        Boolean humanitarian, Instant lastUpdated, Org reportingOrg, List<Narrative> titles,
                        List<Description> descriptions, List<Participant> participants, String status,
                        List<ActivityDate> dates, List<RecipientCountry> countries, List<RecipientRegion> regions,
                        List<Location> locations, List<Sector> sectors, List<PolicyMarker> policyMarkers,
                        String collaborationType, String defaultFlowType, String defaultFinanceType,
                        String defaultAidType, String defaultTiedStatus, String activityScope, List<Budget> budgets,
                        List<Transaction> transactions, List<DocumentLink> documents,
                        List<RelatedActivity> relatedActivities, List<Result> results) {
        this(identifier, defaultCurrency, defaultLanguage, hierarchy, humanitarian, lastUpdated, reportingOrg, titles,
                descriptions, participants, status, dates, countries, regions, locations, sectors, policyMarkers,
                collaborationType, defaultFlowType, defaultFinanceType, defaultAidType, defaultTiedStatus,
                activityScope, budgets, transactions, documents, relatedActivities, results, List.of());
    }

    /**
     * An element Concord does not model, kept exactly as published and written back where the schema puts it:
     * {@code name} is its IATI element name (contact-info, planned-disbursement, …), or {@link #FOREIGN} for an
     * element of another namespace (a publisher's extension), which the schema allows at the end of its parent;
     * {@code xml} is the element itself, with the namespace declarations it needs.
     */
    public record Extra(String name, String xml) {
        public static final String FOREIGN = "##other";

        /**
         * The name of a copy of a modelled element as published ({@code "=" + element name}): what the model does not
         * hold of it (narratives on a recipient-country, a sector's vocabulary-uri, a location's administrative
         * divisions, a result's dimensions…) is kept there. The writer writes the copy instead of the modelled
         * element while the modelled element is still what the copy reads as; once it is edited, the edit is written.
         */
        public static final String AS_PUBLISHED = "=";

        /**
         * The name of the attributes of the activity element the model does not hold (d-portal's dstore:*,
         * linked-data-uri), kept on an empty element and written back onto the activity.
         */
        public static final String ATTRIBUTES = "@";

        public boolean foreign() {
            return FOREIGN.equals(name);
        }

        /** A copy of a modelled element ({@link #AS_PUBLISHED}) or the activity's own attributes: not an element kept. */
        public boolean copy() {
            return name.startsWith(AS_PUBLISHED) || name.equals(ATTRIBUTES);
        }
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

    /**
     * The other side of a transaction: who provided or received the money (its IATI organisation identifier, its
     * OrganisationType code and name), and from/into which activity.
     */
    public record Party(String ref, String activityId, String name, String type) {
        public Party(String ref, String activityId, String name) {
            this(ref, activityId, name, null);
        }
    }

    /** aid-type of a transaction: a code of an AidTypeVocabulary (1 OECD DAC, 2 earmarking, 3 and 4 cash and vouchers). */
    public record AidType(String vocabulary, String code) {
    }

    /**
     * transaction-type: 1 incoming funds, 2 outgoing commitment, 3 disbursement, 4 expenditure, 11 incoming
     * commitment… A transaction may say where its money went and what for where the activity does not: its sectors
     * (several vocabularies; {@link Sector#percentage()} always null), one recipient country (ISO alpha-2) or one
     * region, and its own flow, finance and aid types, tied status and disbursement channel. {@code extras} are
     * elements of other namespaces inside it, kept as published.
     */
    public record Transaction(String ref, Boolean humanitarian, String type, LocalDate date, Money value,
                              String description, Party provider, Party receiver, String disbursementChannel,
                              List<Sector> sectors, String recipientCountry, RecipientRegion recipientRegion,
                              String flowType, String financeType, List<AidType> aidTypes, String tiedStatus,
                              List<Extra> extras) {
        public Transaction {
            sectors = sectors == null ? List.of() : List.copyOf(sectors);
            aidTypes = aidTypes == null ? List.of() : List.copyOf(aidTypes);
            extras = extras == null ? List.of() : List.copyOf(extras);
        }

        /** A transaction that says nothing beyond its money and its two sides. */
        public Transaction(String ref, Boolean humanitarian, String type, LocalDate date, Money value,
                           String description, Party provider, Party receiver) {
            this(ref, humanitarian, type, date, value, description, provider, receiver, null, List.of(), null, null,
                    null, null, List.of(), null, List.of());
        }
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
