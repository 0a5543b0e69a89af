package org.concord.projects.internal.iati;

import static org.concord.projects.internal.iati.IatiValues.bool;
import static org.concord.projects.internal.iati.IatiValues.code;
import static org.concord.projects.internal.iati.IatiValues.decimal;
import static org.concord.projects.internal.iati.IatiValues.firstNarrative;
import static org.concord.projects.internal.iati.IatiValues.firstText;
import static org.concord.projects.internal.iati.IatiValues.integer;
import static org.concord.projects.internal.iati.IatiValues.isoDate;
import static org.concord.projects.internal.iati.IatiValues.narratives;
import static org.concord.projects.internal.iati.IatiValues.optionalDate;
import static org.concord.projects.internal.iati.IatiValues.percentage;
import static org.concord.projects.internal.iati.IatiValues.requiredDate;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.AidType;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Description;
import org.concord.projects.internal.iati.IatiActivity.DocumentLink;
import org.concord.projects.internal.iati.IatiActivity.Indicator;
import org.concord.projects.internal.iati.IatiActivity.Location;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
import org.concord.projects.internal.iati.IatiActivity.Org;
import org.concord.projects.internal.iati.IatiActivity.Participant;
import org.concord.projects.internal.iati.IatiActivity.Party;
import org.concord.projects.internal.iati.IatiActivity.Period;
import org.concord.projects.internal.iati.IatiActivity.PolicyMarker;
import org.concord.projects.internal.iati.IatiActivity.RecipientCountry;
import org.concord.projects.internal.iati.IatiActivity.RecipientRegion;
import org.concord.projects.internal.iati.IatiActivity.RelatedActivity;
import org.concord.projects.internal.iati.IatiActivity.Result;
import org.concord.projects.internal.iati.IatiActivity.Sector;
import org.concord.projects.internal.iati.IatiActivity.Transaction;
import org.concord.projects.internal.iati.IatiReader.ReadResult;

/**
 * Turns one activity's elements, as {@link IatiReader} read them, into an {@link IatiActivity}, following the
 * normalisation {@link IatiReader} describes. What the XML alone gets wrong (a date that is not a date, a number
 * that is not a number) it reports itself; it asks {@link ActivityRules} of each part as it reads it, so that
 * problems come in document order. One mapper reads one activity.
 */
final class IatiActivityMapper implements ActivityRules.Findings {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final IatiCodelists codelists;
    private final ActivityRules rules;
    private final int position;
    private final IatiElement activity;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private String defaultCurrency;

    IatiActivityMapper(IatiCodelists codelists, ActivityRules rules, int position, IatiElement activity) {
        this.codelists = codelists;
        this.rules = rules;
        this.position = position;
        this.activity = activity;
    }

    ReadResult result() {
        String identifier = identifier();
        if (activity.tooLarge) {
            reject(activity.path(), IatiRule.ACTIVITY_TOO_LARGE, Integer.toString(IatiReader.MAX_ELEMENTS_PER_ACTIVITY));
            return new ReadResult(position, identifier, null, problems, warnings);
        }
        defaultCurrency = activity.attr("default-currency");
        rules.defaultCurrency(defaultCurrency, activity, this);
        Org reportingOrg = reportingOrg();
        List<Narrative> titles = narratives(activity.child("title"));
        rules.titles(titles, activity, this);
        IatiActivity read = new IatiActivity(
                identifier,
                defaultCurrency,
                IatiElement.lower(activity.attr("xml:lang")),
                integer(this, activity, "hierarchy"),
                bool(this, activity, "humanitarian"),
                lastUpdated(),
                reportingOrg,
                titles,
                descriptions(),
                participants(),
                activityCode("activity-status"),
                dates(),
                countries(),
                regions(),
                locations(),
                sectors(),
                policyMarkers(),
                activityCode("collaboration-type"),
                activityCode("default-flow-type"),
                activityCode("default-finance-type"),
                defaultAidType(),
                activityCode("default-tied-status"),
                activityCode("activity-scope"),
                budgets(),
                transactions(),
                documents(),
                relatedActivities(),
                results(),
                extras());
        rules.percentages(read, activity, this);
        rules.questionable(read, activity, this);
        keptAsPublished(read);
        return new ReadResult(position, identifier, problems.isEmpty() ? read : null, problems, warnings);
    }

    /**
     * The modelled children of an activity that are also kept as published ({@link IatiActivity.Extra#AS_PUBLISHED})
     * when they hold more than their attributes the model reads: narratives the model keeps one of or none, a
     * vocabulary-uri, a location's or a result's elements the model does not hold.
     */
    static final java.util.Map<String, Set<String>> KEPT_AS_PUBLISHED_TOO = java.util.Map.of(
            "reporting-org", Set.of("ref", "type"),
            "participating-org", Set.of("ref", "type", "role", "activity-id", "crs-channel-code"),
            "activity-date", Set.of("type", "iso-date"),
            "recipient-country", Set.of("code", "percentage"),
            "recipient-region", Set.of("code", "vocabulary", "percentage"),
            "location", Set.of(),
            "sector", Set.of("code", "vocabulary", "percentage"),
            "policy-marker", Set.of("code", "vocabulary", "significance"),
            "document-link", Set.of(),
            "result", Set.of());

    private List<IatiActivity.Extra> extras() {
        List<IatiActivity.Extra> extras = new ArrayList<>(activity.extras());
        for (IatiElement child : activity.children) {
            Set<String> modelled = KEPT_AS_PUBLISHED_TOO.get(child.name);
            if (modelled == null) {
                continue;
            }
            String published = child.toXml();
            if (!child.children.isEmpty() || child.hasExtras() || child.attributes.keySet().stream()
                    .anyMatch(a -> !modelled.contains(a) && !a.equals("xml:lang"))) {
                // kept when the model, written, is not all of it
                IatiElement alone = new IatiElement("iati-activity", null, 1, java.util.Map.of());
                alone.children.add(child);
                List<?> records = new IatiActivityMapper(codelists, rules, 1, alone).records(child.name);
                if (records.size() == 1 && records.get(0) != null
                        && !IatiWriter.render(child.name, records.get(0)).equals(published)) {
                    extras.add(new IatiActivity.Extra(IatiActivity.Extra.AS_PUBLISHED + child.name, published));
                }
            }
        }
        return extras;
    }

    /**
     * What the model reads of the activity's children named {@code name} (one of {@link #KEPT_AS_PUBLISHED_TOO}):
     * the records of that part of the model, problems aside.
     */
    List<?> records(String name) {
        defaultCurrency = activity.attr("default-currency");
        return switch (name) {
            case "reporting-org" -> java.util.Collections.singletonList(reportingOrg());
            case "participating-org" -> participants();
            case "activity-date" -> dates();
            case "recipient-country" -> countries();
            case "recipient-region" -> regions();
            case "location" -> locations();
            case "sector" -> sectors();
            case "policy-marker" -> policyMarkers();
            case "document-link" -> documents();
            case "result" -> results();
            default -> List.of();
        };
    }

    private String identifier() {
        IatiElement element = activity.child("iati-identifier");
        if (element == null) {
            reject(activity.path("iati-identifier"), IatiRule.REQUIRED, "iati-identifier");
            return null;
        }
        String identifier = element.text();
        if (identifier == null) {
            reject(element.path(), IatiRule.BLANK, "iati-identifier");
        }
        return identifier;
    }

    private Org reportingOrg() {
        IatiElement element = activity.child("reporting-org");
        Org org = element == null ? null : new Org(element.attr("ref"), element.attr("type"), firstText(element));
        rules.reportingOrg(org, activity, element, this);
        return org;
    }

    private Instant lastUpdated() {
        String value = activity.attr("last-updated-datetime");
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                Instant utc = LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
                warn(activity.path(), IatiRule.LAST_UPDATED_NO_ZONE, value);
                return utc;
            } catch (DateTimeException e) {
                warn(activity.path(), IatiRule.LAST_UPDATED_INVALID, value);
                return null;
            }
        }
    }

    /** One Description per narrative, so each keeps its language. */
    private List<Description> descriptions() {
        List<Description> descriptions = new ArrayList<>();
        for (IatiElement description : activity.all("description")) {
            String type = description.attr("type");
            for (Narrative narrative : narratives(description)) {
                descriptions.add(new Description(type, narrative));
            }
        }
        return descriptions;
    }

    private List<Participant> participants() {
        List<Participant> participants = new ArrayList<>();
        for (IatiElement org : activity.all("participating-org")) {
            participants.add(new Participant(org.attr("role"), org.attr("ref"), org.attr("type"),
                    org.attr("activity-id"), org.attr("crs-channel-code"), firstNarrative(org)));
        }
        return participants;
    }

    private List<ActivityDate> dates() {
        List<ActivityDate> dates = new ArrayList<>();
        for (IatiElement date : activity.all("activity-date")) {
            String value = date.attr("iso-date");
            LocalDate iso = isoDate(value);
            if (iso == null) {
                if (value == null) {
                    warn(date.path(), IatiRule.ACTIVITY_DATE_NO_DATE);
                } else {
                    warn(date.path(), IatiRule.ACTIVITY_DATE_INVALID, value);
                }
            } else {
                dates.add(new ActivityDate(date.attr("type"), iso));
            }
        }
        return dates;
    }

    private List<RecipientCountry> countries() {
        List<RecipientCountry> countries = new ArrayList<>();
        for (IatiElement country : activity.all("recipient-country")) {
            String code = requiredCode(country);
            if (code == null) {
                continue;
            }
            code = code.toUpperCase(Locale.ROOT);
            rules.country(code, country, this);
            countries.add(new RecipientCountry(code, percentage(this, country)));
        }
        return countries;
    }

    private List<RecipientRegion> regions() {
        List<RecipientRegion> regions = new ArrayList<>();
        for (IatiElement region : activity.all("recipient-region")) {
            String code = requiredCode(region);
            if (code == null) {
                continue;
            }
            String vocabulary = Objects.requireNonNullElse(region.attr("vocabulary"), "1");
            rules.region(vocabulary, code, region, this);
            regions.add(new RecipientRegion(vocabulary, code, percentage(this, region)));
        }
        return regions;
    }

    private List<Location> locations() {
        List<Location> locations = new ArrayList<>();
        for (IatiElement location : activity.all("location")) {
            BigDecimal latitude = null;
            BigDecimal longitude = null;
            IatiElement pos = location.child("point") == null ? null : location.child("point").child("pos");
            if (pos != null && pos.text() != null) {
                String[] parts = WHITESPACE.split(pos.text());
                BigDecimal lat = parts.length == 2 ? decimal(parts[0]) : null;
                BigDecimal lon = parts.length == 2 ? decimal(parts[1]) : null;
                if (lat == null || lon == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                        || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                    warn(pos.path(), IatiRule.POSITION_INVALID, pos.text());
                } else {
                    latitude = lat;
                    longitude = lon;
                }
            }
            locations.add(new Location(location.attr("ref"), firstText(location.child("name")),
                    firstText(location.child("description")), latitude, longitude));
        }
        return locations;
    }

    private List<Sector> sectors() {
        List<Sector> sectors = new ArrayList<>();
        for (IatiElement sector : activity.all("sector")) {
            String code = requiredCode(sector);
            if (code == null) {
                continue;
            }
            String published = sector.attr("vocabulary");
            String vocabulary = Objects.requireNonNullElse(published, "1");
            rules.sector(vocabulary, code, published != null, sector, this);
            sectors.add(new Sector(vocabulary, code, percentage(this, sector), firstText(sector)));
        }
        return sectors;
    }

    private List<PolicyMarker> policyMarkers() {
        List<PolicyMarker> markers = new ArrayList<>();
        for (IatiElement marker : activity.all("policy-marker")) {
            String code = requiredCode(marker);
            if (code == null) {
                continue;
            }
            markers.add(new PolicyMarker(Objects.requireNonNullElse(marker.attr("vocabulary"), "1"), code,
                    marker.attr("significance")));
        }
        return markers;
    }

    /**
     * The first default-aid-type in the OECD DAC vocabulary (1, the default): the model keeps no vocabulary,
     * so a code of another vocabulary (earmarking category, cash and voucher modalities) would be misread.
     */
    private String defaultAidType() {
        List<IatiElement> aidTypes = activity.all("default-aid-type");
        for (IatiElement aidType : aidTypes) {
            String vocabulary = aidType.attr("vocabulary");
            if ((vocabulary == null || vocabulary.equals("1")) && aidType.attr("code") != null) {
                return aidType.attr("code");
            }
        }
        if (!aidTypes.isEmpty()) {
            warn(aidTypes.get(0).path(), IatiRule.AID_TYPE_VOCABULARY);
        }
        return null;
    }

    private List<Budget> budgets() {
        List<Budget> budgets = new ArrayList<>();
        for (IatiElement budget : activity.all("budget")) {
            LocalDate start = requiredDate(this, budget, "period-start");
            LocalDate end = requiredDate(this, budget, "period-end");
            Money value = money(budget);
            budgets.add(new Budget(budget.attr("type"), budget.attr("status"), start, end, value));
        }
        return budgets;
    }

    private List<Transaction> transactions() {
        List<Transaction> transactions = new ArrayList<>();
        for (IatiElement transaction : activity.all("transaction")) {
            String type = code(transaction, "transaction-type");
            rules.transactionType(type, transaction, this);
            LocalDate date = requiredDate(this, transaction, "transaction-date");
            Money value = money(transaction);
            transactions.add(new Transaction(transaction.attr("ref"), bool(this, transaction, "humanitarian"), type,
                    date, value, firstText(transaction.child("description")),
                    party(transaction.child("provider-org"), "provider-activity-id"),
                    party(transaction.child("receiver-org"), "receiver-activity-id"),
                    code(transaction, "disbursement-channel"), transactionSectors(transaction),
                    transactionCountry(transaction), transactionRegion(transaction), code(transaction, "flow-type"),
                    code(transaction, "finance-type"), aidTypes(transaction), code(transaction, "tied-status"),
                    transactionExtras(transaction)));
        }
        return transactions;
    }

    /**
     * A transaction's elements of other namespaces, and copies as published ({@link IatiActivity.Extra#AS_PUBLISHED})
     * of its description when it has more than one narrative or one in a language of its own, and of its sectors when they hold more than the model
     * (a vocabulary-uri, narratives beyond the first).
     */
    private List<IatiActivity.Extra> transactionExtras(IatiElement transaction) {
        List<IatiActivity.Extra> extras = new ArrayList<>(transaction.extras());
        for (IatiElement child : transaction.children) {
            // the model keeps the first narrative's text, without its language
            boolean more = (child.name.equals("description") || child.name.equals("sector")) && child.hasExtras()
                    || child.name.equals("description") && (child.all("narrative").size() > 1
                    || child.children.stream().anyMatch(n -> n.language() != null && n.text() != null))
                    || child.name.equals("sector") && (child.all("narrative").size() > 1
                    || child.children.stream().anyMatch(n -> n.language() != null)
                    || child.attributes.keySet().stream().anyMatch(a -> !Set.of("code", "vocabulary").contains(a)));
            if (more) {
                extras.add(new IatiActivity.Extra(IatiActivity.Extra.AS_PUBLISHED + child.name, child.toXml()));
            }
        }
        return extras;
    }

    /** A transaction's sectors, each vocabulary its own ("1" when absent, as on the activity); no percentages. */
    private List<Sector> transactionSectors(IatiElement transaction) {
        List<Sector> sectors = new ArrayList<>();
        for (IatiElement sector : transaction.all("sector")) {
            String code = requiredCode(sector);
            if (code == null) {
                continue;
            }
            String published = sector.attr("vocabulary");
            String vocabulary = Objects.requireNonNullElse(published, "1");
            rules.sector(vocabulary, code, published != null, sector, this);
            sectors.add(new Sector(vocabulary, code, null, firstText(sector)));
        }
        return sectors;
    }

    /** The element's {@code code}, or null with a warning naming the element when it has none. */
    private String requiredCode(IatiElement element) {
        String code = element.attr("code");
        if (code == null) {
            warn(element.path(), IatiRule.ATTRIBUTE_MISSING, element.name, "code");
        }
        return code;
    }

    private String transactionCountry(IatiElement transaction) {
        IatiElement country = transaction.child("recipient-country");
        if (country == null) {
            return null;
        }
        String code = requiredCode(country);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        rules.country(code, country, this);
        return code;
    }

    private RecipientRegion transactionRegion(IatiElement transaction) {
        IatiElement region = transaction.child("recipient-region");
        if (region == null) {
            return null;
        }
        String code = requiredCode(region);
        if (code == null) {
            return null;
        }
        String vocabulary = Objects.requireNonNullElse(region.attr("vocabulary"), "1");
        rules.region(vocabulary, code, region, this);
        return new RecipientRegion(vocabulary, code, null);
    }

    /** aid-type of a transaction, each with its vocabulary ("1", OECD DAC, when absent). */
    private List<AidType> aidTypes(IatiElement transaction) {
        List<AidType> aidTypes = new ArrayList<>();
        for (IatiElement aidType : transaction.all("aid-type")) {
            String code = requiredCode(aidType);
            if (code == null) {
                continue;
            }
            aidTypes.add(new AidType(Objects.requireNonNullElse(aidType.attr("vocabulary"), "1"), code));
        }
        return aidTypes;
    }

    /** null when absent or empty: EC publishers write {@code <receiver-org><narrative/></receiver-org>}. */
    private Party party(IatiElement org, String activityIdAttribute) {
        if (org == null) {
            return null;
        }
        Party party = new Party(org.attr("ref"), org.attr(activityIdAttribute), firstText(org), org.attr("type"));
        return party.ref() == null && party.activityId() == null && party.name() == null && party.type() == null
                ? null : party;
    }

    private List<DocumentLink> documents() {
        List<DocumentLink> documents = new ArrayList<>();
        for (IatiElement document : activity.all("document-link")) {
            String url = document.attr("url");
            if (url == null) {
                warn(document.path(), IatiRule.ATTRIBUTE_MISSING, "document-link", "url");
                continue;
            }
            IatiElement date = document.child("document-date");
            documents.add(new DocumentLink(url, document.attr("format"), firstText(document.child("title")),
                    code(document, "category"), IatiElement.lower(code(document, "language")),
                    date == null ? null : optionalDate(this, date, "iso-date")));
        }
        return documents;
    }

    private List<RelatedActivity> relatedActivities() {
        List<RelatedActivity> related = new ArrayList<>();
        for (IatiElement relation : activity.all("related-activity")) {
            String ref = relation.attr("ref");
            if (ref == null) {
                warn(relation.path(), IatiRule.ATTRIBUTE_MISSING, "related-activity", "ref");
                continue;
            }
            related.add(new RelatedActivity(relation.attr("type"), ref));
        }
        return related;
    }

    private List<Result> results() {
        List<Result> results = new ArrayList<>();
        for (IatiElement result : activity.all("result")) {
            List<Indicator> indicators = new ArrayList<>();
            for (IatiElement indicator : result.all("indicator")) {
                indicators.add(indicator(indicator));
            }
            results.add(new Result(result.attr("type"), bool(this, result, "aggregation-status"),
                    firstText(result.child("title")), firstText(result.child("description")), indicators));
        }
        return results;
    }

    private Indicator indicator(IatiElement indicator) {
        IatiElement baseline = first(indicator, "baseline", IatiRule.BASELINES_FIRST_KEPT);
        Integer year = null;
        if (baseline != null) {
            year = integer(this, baseline, "year");
            rules.baselineYear(year, baseline, this);
        }
        List<Period> periods = new ArrayList<>();
        for (IatiElement period : indicator.all("period")) {
            IatiElement start = period.child("period-start");
            IatiElement end = period.child("period-end");
            IatiElement target = first(period, "target", IatiRule.TARGETS_FIRST_KEPT);
            IatiElement actual = first(period, "actual", IatiRule.ACTUALS_FIRST_KEPT);
            periods.add(new Period(start == null ? null : optionalDate(this, start, "iso-date"),
                    end == null ? null : optionalDate(this, end, "iso-date"),
                    target == null ? null : target.attr("value"),
                    actual == null ? null : actual.attr("value")));
        }
        return new Indicator(indicator.attr("measure"), bool(this, indicator, "ascending"),
                firstText(indicator.child("title")), firstText(indicator.child("description")), year,
                baseline == null ? null : optionalDate(this, baseline, "iso-date"),
                baseline == null ? null : baseline.attr("value"),
                baseline == null ? null : firstText(baseline.child("comment")), periods);
    }

    /** One warning naming how many elements, and which, Concord keeps as published without modelling them. */
    private void keptAsPublished(IatiActivity read) {
        java.util.Map<String, Integer> names = new java.util.TreeMap<>();
        read.extras().stream().filter(e -> !e.copy()).forEach(e -> names.merge(e.foreign() ? "(other namespaces)" : e.name(), 1, Integer::sum));
        read.transactions().forEach(t -> t.extras().stream().filter(e -> !e.copy()).forEach(e -> names.merge("transaction/(other namespaces)", 1,
                Integer::sum)));
        if (!names.isEmpty()) {
            int count = names.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder which = new StringBuilder();
            names.forEach((name, n) -> which.append(which.isEmpty() ? "" : ", ").append(name)
                    .append(n > 1 ? " \u00d7" + n : ""));
            warn(activity.path(), IatiRule.KEPT_AS_PUBLISHED, Integer.toString(count), which.toString());
        }
    }

    /** The first of a repeated element the model keeps once, with a warning that the others are not kept. */
    private IatiElement first(IatiElement parent, String childName, IatiRule othersLeftOut) {
        List<IatiElement> all = parent.all(childName);
        if (all.size() > 1) {
            warn(parent.path(), othersLeftOut, parent.name, Integer.toString(all.size()));
        }
        return all.isEmpty() ? null : all.get(0);
    }

    /** value of a budget or transaction; rejects the activity when the amount or its currency is unusable. */
    private Money money(IatiElement parent) {
        IatiElement value = parent.child("value");
        if (value == null) {
            reject(parent.path("value"), IatiRule.REQUIRED, "value");
            return null;
        }
        String text = value.text();
        BigDecimal amount = decimal(text);
        if (amount == null) {
            reject(value.path(), IatiRule.VALUE_NOT_A_NUMBER, Objects.requireNonNullElse(text, ""));
        }
        String currency = value.attr("currency");
        rules.currency(currency, defaultCurrency, value, this);
        return new Money(amount, currency, optionalDate(this, value, "value-date"));
    }


    @Override
    public void reject(String element, IatiRule rule, String... arguments) {
        problems.add(new Problem(element, rule, arguments));
    }

    @Override
    public void warn(String element, IatiRule rule, String... arguments) {
        warnings.add(new Problem(element, rule, arguments));
    }

    /** The @code of the activity's child element of that name, e.g. activity-status. */
    private String activityCode(String childName) {
        return code(activity, childName);
    }
}
