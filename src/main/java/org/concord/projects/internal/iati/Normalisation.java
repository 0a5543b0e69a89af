package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
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

/**
 * An activity built by hand (a form, the API) in the form {@link IatiReader} gives every activity it reads (see its
 * normalisation), so that an activity entered by hand and the same activity imported are equal records with the
 * same content hash: text trimmed and blank as absent, languages lower-cased and countries upper-cased, decimals
 * without trailing zeros, default vocabularies made explicit, and what the reader would leave out (a country without
 * a code, a document without a url, an empty transaction party) left out.
 */
public final class Normalisation {

    private Normalisation() {
    }

    public static IatiActivity of(IatiActivity a) {
        return new IatiActivity(text(a.identifier()), text(a.defaultCurrency()), lower(a.defaultLanguage()),
                a.hierarchy(), a.humanitarian(), a.lastUpdated(),
                a.reportingOrg() == null ? null
                        : new Org(text(a.reportingOrg().ref()), text(a.reportingOrg().type()), text(a.reportingOrg().name())),
                narratives(a.titles()),
                keep(a.descriptions(), d -> narrative(d.text()) != null,
                        d -> new Description(text(d.type()), narrative(d.text()))),
                map(a.participants(), p -> new Participant(text(p.role()), text(p.ref()), text(p.type()),
                        text(p.activityId()), text(p.crsChannelCode()), narrative(p.name()))),
                text(a.status()),
                keep(a.dates(), d -> d.date() != null, d -> new ActivityDate(text(d.type()), d.date())),
                keep(a.countries(), c -> text(c.code()) != null,
                        c -> new RecipientCountry(text(c.code()).toUpperCase(Locale.ROOT), number(c.percentage()))),
                keep(a.regions(), r -> text(r.code()) != null,
                        r -> new RecipientRegion(vocabulary(r.vocabulary()), text(r.code()), number(r.percentage()))),
                map(a.locations(), l -> new Location(text(l.ref()), text(l.name()), text(l.description()),
                        number(l.latitude()), number(l.longitude()))),
                keep(a.sectors(), s -> text(s.code()) != null, s -> new Sector(vocabulary(s.vocabulary()), text(s.code()),
                        number(s.percentage()), text(s.name()))),
                keep(a.policyMarkers(), m -> text(m.code()) != null,
                        m -> new PolicyMarker(vocabulary(m.vocabulary()), text(m.code()), text(m.significance()))),
                text(a.collaborationType()), text(a.defaultFlowType()), text(a.defaultFinanceType()),
                text(a.defaultAidType()), text(a.defaultTiedStatus()), text(a.activityScope()),
                map(a.budgets(), b -> new Budget(text(b.type()), text(b.status()), b.periodStart(), b.periodEnd(),
                        money(b.value()))),
                map(a.transactions(), t -> new Transaction(text(t.ref()), t.humanitarian(), text(t.type()), t.date(),
                        money(t.value()), text(t.description()), party(t.provider()), party(t.receiver()),
                        text(t.disbursementChannel()),
                        keep(t.sectors(), s -> text(s.code()) != null,
                                s -> new Sector(vocabulary(s.vocabulary()), text(s.code()), null, text(s.name()))),
                        text(t.recipientCountry()) == null ? null : text(t.recipientCountry()).toUpperCase(Locale.ROOT),
                        t.recipientRegion() == null || text(t.recipientRegion().code()) == null ? null
                                : new RecipientRegion(vocabulary(t.recipientRegion().vocabulary()),
                                        text(t.recipientRegion().code()), null),
                        text(t.flowType()), text(t.financeType()),
                        keep(t.aidTypes(), x -> text(x.code()) != null,
                                x -> new IatiActivity.AidType(vocabulary(x.vocabulary()), text(x.code()))),
                        text(t.tiedStatus()), t.extras())),
                keep(a.documents(), d -> text(d.url()) != null, d -> new DocumentLink(text(d.url()), text(d.format()),
                        text(d.title()), text(d.category()), lower(d.language()), d.documentDate())),
                keep(a.relatedActivities(), r -> text(r.ref()) != null,
                        r -> new RelatedActivity(text(r.type()), text(r.ref()))),
                map(a.results(), r -> new Result(text(r.type()), r.aggregationStatus(), text(r.title()),
                        text(r.description()), map(r.indicators(), Normalisation::indicator))),
                a.extras());
    }

    private static Indicator indicator(Indicator i) {
        return new Indicator(text(i.measure()), i.ascending(), text(i.title()), text(i.description()), i.baselineYear(),
                i.baselineDate(), text(i.baselineValue()), text(i.baselineComment()),
                map(i.periods(), p -> new Period(p.start(), p.end(), text(p.target()), text(p.actual()))));
    }

    private static Money money(Money m) {
        return m == null ? null : new Money(number(m.amount()), text(m.currency()), m.valueDate());
    }

    /** null when it names nothing, as the reader reads an empty provider-org or receiver-org. */
    private static Party party(Party p) {
        if (p == null) {
            return null;
        }
        Party party = new Party(text(p.ref()), text(p.activityId()), text(p.name()), text(p.type()));
        return party.ref() == null && party.activityId() == null && party.name() == null && party.type() == null
                ? null : party;
    }

    private static List<Narrative> narratives(List<Narrative> narratives) {
        return keep(narratives, n -> narrative(n) != null, Normalisation::narrative);
    }

    private static Narrative narrative(Narrative n) {
        return n == null || text(n.text()) == null ? null : new Narrative(lower(n.lang()), text(n.text()));
    }

    private static String vocabulary(String vocabulary) {
        return Objects.requireNonNullElse(text(vocabulary), "1");
    }

    private static String text(String value) {
        return IatiElement.blankToNull(value);
    }

    private static String lower(String value) {
        return IatiElement.lower(text(value));
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static <T> List<T> map(List<T> items, Function<T, T> normalise) {
        return items == null ? List.of() : items.stream().map(normalise).toList();
    }

    private static <T> List<T> keep(List<T> items, Predicate<T> kept, Function<T, T> normalise) {
        return items == null ? List.of() : items.stream().filter(kept).map(normalise).toList();
    }
}
