package org.concord.projects.internal.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;


import org.concord.projects.internal.iati.IatiActivity.ActivityDate;
import org.concord.projects.internal.iati.IatiActivity.AidType;
import org.concord.projects.internal.iati.IatiActivity.Extra;
import org.concord.projects.internal.iati.IatiActivity.Budget;
import org.concord.projects.internal.iati.IatiActivity.Description;
import org.concord.projects.internal.iati.IatiActivity.DocumentLink;
import org.concord.projects.internal.iati.IatiActivity.Indicator;
import org.concord.projects.internal.iati.IatiActivity.Location;
import org.concord.projects.internal.iati.IatiActivity.Narrative;
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
 * Writes activities as one IATI 2.03 {@code <iati-activities>} file, streaming, so that an export of every
 * activity never holds more than one in memory.
 *
 * <p>Elements come in the order of the schema's {@code xs:sequence}, and each field is written the way
 * {@link IatiActivity} reads it back: one {@code <title>} with a narrative per title, one {@code <description>}
 * per description, a single narrative for one-text fields, numbers as {@link BigDecimal#toPlainString()}.
 *
 * <p>Where a record and the schema do not meet:
 * <ul>
 * <li>It never invents data. A required element or attribute whose value the record does not hold is left
 *     out, and only that part: the rest of the activity is still written, and {@link IatiSchemaValidation} names the
 *     gap. This matters for {@code description}, {@code participating-org}, {@code activity-status} and
 *     {@code activity-date}, which the 2.03 schema makes mandatory (minOccurs 1) although Concord lets an
 *     activity be registered before they are known: such an activity is written but does not validate until
 *     they are filled in. No placeholder would be honest there (a status or a start date nobody gave).</li>
 * <li>Two required values are derived from what the record does hold, the closest faithful value there is:
 *     {@code value/@value-date} (the date the amount's exchange rate is taken at) is, when the record has
 *     none, the date of the transaction or the start of the budget's period; {@code baseline/@year} is, when
 *     missing, the year of the baseline date. These two do not read back as null.</li>
 * <li>{@code sector/@vocabulary} is always written, "1" (DAC 5-digit, the schema's own default) when null.</li>
 * <li>Characters XML 1.0 cannot carry at all (control characters other than tab and line breaks, lone
 *     surrogates) are dropped from text: the alternative is a file no parser accepts. A carriage return is
 *     written as {@code &#13;} so that it survives the parser's line-end normalisation.</li>
 * <li>A location point needs both coordinates; a location with only one is written without its point.</li>
 * <li>A modelled element the reader kept a copy of as published ({@link Extra#AS_PUBLISHED}: it held more than the
 *     model, such as narratives on a recipient-country, a vocabulary-uri, a location's divisions, a result's
 *     dimensions, extensions of other namespaces) is written as that copy while the model still reads it the same;
 *     once edited, the model is written. The activity's attributes the model does not hold ({@link Extra#ATTRIBUTES})
 *     are written back on it. RoundTripFidelityTest holds every real file under test to this.</li>
 * </ul>
 */
public final class IatiWriter {

    public static final String VERSION = "2.03";

    /** WGS 84 as the standard names it for location/point/@srsName. */
    static final String WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

    public void write(Iterable<IatiActivity> activities, OutputStream out, Instant generated) throws IOException {
        try {
            // The JDK's own implementation, not whichever StAX provider the classpath brings: the output
            // (escaping, the xml prefix) must not change when a dependency does.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            IatiXmlOut o = new IatiXmlOut(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            o.start("iati-activities");
            o.attr("version", VERSION);
            o.attr("generated-datetime", generated == null ? null : generated.toString());
            for (IatiActivity activity : activities) {
                activity(o, activity);
            }
            o.end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            // close() releases the writer only; the caller owns the stream.
            xml.close();
        } catch (XMLStreamException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("cannot write IATI XML", e);
        }
    }

    private static void activity(IatiXmlOut o, IatiActivity a) throws XMLStreamException {
        AsPublished published = AsPublished.of(a);
        o.start("iati-activity");
        o.attr("last-updated-datetime", a.lastUpdated() == null ? null : a.lastUpdated().toString());
        if (a.defaultLanguage() != null) {
            o.lang(a.defaultLanguage().toLowerCase(Locale.ROOT));
        }
        o.attr("default-currency", a.defaultCurrency());
        o.attr("humanitarian", a.humanitarian());
        o.attr("hierarchy", a.hierarchy() == null ? null : a.hierarchy().toString());
        for (Extra extra : a.extras()) {
            if (extra.name().equals(Extra.ATTRIBUTES)) {
                o.foreignAttributes(extra.xml());
            }
        }

        if (a.identifier() != null) {
            o.text("iati-identifier", a.identifier());
        }
        if (a.reportingOrg() != null && !published.write(o, "reporting-org", a.reportingOrg())) {
            o.start("reporting-org");
            o.attr("ref", a.reportingOrg().ref());
            o.attr("type", a.reportingOrg().type());
            o.narrative(IatiXmlOut.plain(a.reportingOrg().name()));
            o.end();
        }
        // title and description are required by the schema; where the source had none with text (an empty
        // narrative), an empty narrative is written back: schema-valid, and it invents nothing
        o.start("title");
        for (Narrative title : a.titles()) {
            o.narrative(title);
        }
        if (a.titles().isEmpty()) {
            o.narrative(new Narrative(null, ""));
        }
        o.end();
        if (a.descriptions().isEmpty()) {
            o.start("description");
            o.narrative(new Narrative(null, ""));
            o.end();
        }
        for (Description d : a.descriptions()) {
            o.start("description");
            o.attr("type", d.type());
            o.narrative(d.text());
            o.end();
        }
        for (Participant p : a.participants()) {
            if (published.write(o, "participating-org", p)) {
                continue;
            }
            o.start("participating-org");
            o.attr("ref", p.ref());
            o.attr("type", p.type());
            o.attr("role", p.role());
            o.attr("activity-id", p.activityId());
            o.attr("crs-channel-code", p.crsChannelCode());
            o.narrative(p.name());
            o.end();
        }
        kept(o, a, "other-identifier");
        o.code("activity-status", a.status());
        for (ActivityDate d : a.dates()) {
            if (published.write(o, "activity-date", d)) {
                continue;
            }
            o.empty("activity-date");
            o.attr("type", d.type());
            o.attr("iso-date", d.date());
        }
        kept(o, a, "contact-info");
        o.code("activity-scope", a.activityScope());
        for (RecipientCountry c : a.countries()) {
            if (published.write(o, "recipient-country", c)) {
                continue;
            }
            o.empty("recipient-country");
            o.attr("code", c.code());
            o.attr("percentage", c.percentage());
        }
        for (RecipientRegion r : a.regions()) {
            if (published.write(o, "recipient-region", r)) {
                continue;
            }
            o.empty("recipient-region");
            o.attr("code", r.code());
            o.attr("vocabulary", r.vocabulary());
            o.attr("percentage", r.percentage());
        }
        for (Location l : a.locations()) {
            if (!published.write(o, "location", l)) {
                location(o, l);
            }
        }
        for (Sector s : a.sectors()) {
            if (!published.write(o, "sector", s)) {
                sector(o, s);
            }
        }
        kept(o, a, "tag");
        kept(o, a, "country-budget-items");
        kept(o, a, "humanitarian-scope");
        for (PolicyMarker m : a.policyMarkers()) {
            if (published.write(o, "policy-marker", m)) {
                continue;
            }
            o.empty("policy-marker");
            o.attr("vocabulary", m.vocabulary());
            o.attr("code", m.code());
            o.attr("significance", m.significance());
        }
        o.code("collaboration-type", a.collaborationType());
        o.code("default-flow-type", a.defaultFlowType());
        o.code("default-finance-type", a.defaultFinanceType());
        o.code("default-aid-type", a.defaultAidType());
        o.code("default-tied-status", a.defaultTiedStatus());
        for (Budget b : a.budgets()) {
            o.start("budget");
            o.attr("type", b.type());
            o.attr("status", b.status());
            o.date("period-start", b.periodStart());
            o.date("period-end", b.periodEnd());
            o.value(b.value(), b.periodStart());
            o.end();
        }
        kept(o, a, "planned-disbursement");
        kept(o, a, "capital-spend");
        for (Transaction t : a.transactions()) {
            transaction(o, t);
        }
        for (DocumentLink d : a.documents()) {
            if (published.write(o, "document-link", d)) {
                continue;
            }
            o.start("document-link");
            o.attr("url", d.url());
            o.attr("format", d.format());
            o.narratives("title", d.title() == null ? "" : d.title());
            o.code("category", d.category());
            o.code("language", d.language());
            o.date("document-date", d.documentDate());
            o.end();
        }
        for (RelatedActivity r : a.relatedActivities()) {
            o.empty("related-activity");
            o.attr("ref", r.ref());
            o.attr("type", r.type());
        }
        kept(o, a, "legacy-data");
        kept(o, a, "conditions");
        for (Result r : a.results()) {
            if (!published.write(o, "result", r)) {
                result(o, r);
            }
        }
        kept(o, a, "crs-add");
        kept(o, a, "fss");
        kept(o, a, Extra.FOREIGN);
        o.end();
    }

    /**
     * The copies of modelled elements as published ({@link Extra#AS_PUBLISHED}), each with what the model reads of
     * it: a modelled element is written as its copy while it is still what the copy reads as, so that what the model
     * does not hold of it (narratives, vocabulary-uri, a location's divisions, a result's dimensions) is written too.
     */
    private static final class AsPublished {
        private static final IatiCodelists CODELISTS = IatiCodelists.standard();
        private static final ActivityRules RULES = new ActivityRules(CODELISTS, java.time.Clock.systemUTC());

        private record Copy(Object record, String xml) {
        }

        private final java.util.Map<String, java.util.List<Copy>> copies = new java.util.HashMap<>();

        static AsPublished of(IatiActivity a) throws XMLStreamException {
            AsPublished published = new AsPublished();
            for (Extra extra : a.extras()) {
                if (!extra.name().startsWith(Extra.AS_PUBLISHED)) {
                    continue;
                }
                String element = extra.name().substring(Extra.AS_PUBLISHED.length());
                IatiElement activity = read(extra.xml(), a.defaultCurrency());
                java.util.List<?> records = new IatiActivityMapper(CODELISTS, RULES, 1, activity).records(element);
                if (records.size() == 1 && records.get(0) != null) {
                    published.copies.computeIfAbsent(element, k -> new java.util.ArrayList<>())
                            .add(new Copy(records.get(0), extra.xml()));
                }
            }
            return published;
        }

        /** An activity holding only the element {@code xml}, as the reader reads it. */
        private static IatiElement read(String xml, String defaultCurrency) throws XMLStreamException {
            javax.xml.stream.XMLStreamReader in = SecureXml.inputFactory()
                    .createXMLStreamReader(new java.io.StringReader("<iati-activity>" + xml + "</iati-activity>"));
            try {
                while (in.next() != javax.xml.stream.XMLStreamReader.START_ELEMENT) {
                    // to the activity
                }
                IatiElement activity = IatiReader.readTree(in, 1);
                if (defaultCurrency != null) {
                    java.util.Map<String, String> attributes = new java.util.HashMap<>(activity.attributes);
                    attributes.put("default-currency", defaultCurrency);
                    IatiElement withCurrency = new IatiElement(activity.name, null, 1, attributes);
                    withCurrency.children.addAll(activity.children);
                    return withCurrency;
                }
                return activity;
            } finally {
                in.close();
            }
        }

        /** Writes the copy of {@code record} as published when there is one, and says so. */
        boolean write(IatiXmlOut o, String element, Object record) throws XMLStreamException {
            java.util.List<Copy> candidates = copies.get(element);
            if (candidates == null) {
                return false;
            }
            for (java.util.Iterator<Copy> i = candidates.iterator(); i.hasNext(); ) {
                Copy copy = i.next();
                if (copy.record().equals(record)) {
                    i.remove();
                    o.verbatim(copy.xml());
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The element {@code name} as this writer writes {@code record} (one of {@link IatiActivityMapper#KEPT_AS_PUBLISHED_TOO}),
     * as the reader reads it back ({@link IatiElement#toXml()}): what a copy as published is compared with.
     */
    @SuppressWarnings("unchecked")
    static String render(String name, Object record) {
        IatiActivity only = new IatiActivity(null, null, null, null, null, null,
                name.equals("reporting-org") ? (IatiActivity.Org) record : null, java.util.List.of(), java.util.List.of(),
                name.equals("participating-org") ? java.util.List.of((Participant) record) : java.util.List.of(), null,
                name.equals("activity-date") ? java.util.List.of((ActivityDate) record) : java.util.List.of(),
                name.equals("recipient-country") ? java.util.List.of((RecipientCountry) record) : java.util.List.of(),
                name.equals("recipient-region") ? java.util.List.of((RecipientRegion) record) : java.util.List.of(),
                name.equals("location") ? java.util.List.of((Location) record) : java.util.List.of(),
                name.equals("sector") ? java.util.List.of((Sector) record) : java.util.List.of(),
                name.equals("policy-marker") ? java.util.List.of((PolicyMarker) record) : java.util.List.of(),
                null, null, null, null, null, null, java.util.List.of(), java.util.List.of(),
                name.equals("document-link") ? java.util.List.of((DocumentLink) record) : java.util.List.of(),
                java.util.List.of(),
                name.equals("result") ? java.util.List.of((Result) record) : java.util.List.of());
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            activity(new IatiXmlOut(xml), only);
            xml.flush();
            javax.xml.stream.XMLStreamReader in = SecureXml.inputFactory()
                    .createXMLStreamReader(new java.io.StringReader(text.toString()));
            try {
                while (in.next() != javax.xml.stream.XMLStreamReader.START_ELEMENT) {
                    // to the activity
                }
                IatiElement activity = IatiReader.readTree(in, 1);
                IatiElement element = activity.child(name);
                return element == null ? "" : element.toXml();
            } finally {
                in.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }

    /** The elements of that name kept as published, where the schema puts them. */
    private static void kept(IatiXmlOut o, IatiActivity a, String name) throws XMLStreamException {
        for (Extra extra : a.extras()) {
            if (extra.name().equals(name)) {
                o.verbatim(extra.xml());
            }
        }
    }

    private static void sector(IatiXmlOut o, Sector s) throws XMLStreamException {
        if (s.name() == null) {
            o.empty("sector");
        } else {
            o.start("sector");
        }
        o.attr("vocabulary", s.vocabulary() == null ? "1" : s.vocabulary());
        o.attr("code", s.code());
        o.attr("percentage", s.percentage());
        if (s.name() != null) {
            o.narrative(IatiXmlOut.plain(s.name()));
            o.end();
        }
    }

    private static void location(IatiXmlOut o, Location l) throws XMLStreamException {
        o.start("location");
        o.attr("ref", l.ref());
        o.narratives("name", l.name());
        o.narratives("description", l.description());
        if (l.latitude() != null && l.longitude() != null) {
            o.start("point");
            o.attr("srsName", WGS84);
            // GML order for EPSG:4326: latitude first.
            o.text("pos", l.latitude().toPlainString() + " " + l.longitude().toPlainString());
            o.end();
        }
        o.end();
    }

    private static void transaction(IatiXmlOut o, Transaction t) throws XMLStreamException {
        o.start("transaction");
        o.attr("ref", t.ref());
        o.attr("humanitarian", t.humanitarian());
        o.code("transaction-type", t.type());
        o.date("transaction-date", t.date());
        o.value(t.value(), t.date());
        java.util.List<Extra> copies = new java.util.ArrayList<>(t.extras().stream().filter(Extra::copy).toList());
        if (!writeCopy(o, copies, "description", e -> java.util.Objects.equals(IatiValues.firstText(e), t.description()))) {
            o.narratives("description", t.description());
        }
        party(o, "provider-org", "provider-activity-id", t.provider());
        party(o, "receiver-org", "receiver-activity-id", t.receiver());
        o.code("disbursement-channel", t.disbursementChannel());
        for (Sector s : t.sectors()) {
            if (!writeCopy(o, copies, "sector", e -> s.equals(new Sector(
                    java.util.Objects.requireNonNullElse(e.attr("vocabulary"), "1"), e.attr("code"), null,
                    IatiValues.firstText(e))))) {
                sector(o, s);
            }
        }
        o.code("recipient-country", t.recipientCountry());
        if (t.recipientRegion() != null) {
            o.empty("recipient-region");
            o.attr("code", t.recipientRegion().code());
            o.attr("vocabulary", t.recipientRegion().vocabulary());
        }
        o.code("flow-type", t.flowType());
        o.code("finance-type", t.financeType());
        for (AidType aid : t.aidTypes()) {
            o.empty("aid-type");
            o.attr("code", aid.code());
            o.attr("vocabulary", aid.vocabulary());
        }
        o.code("tied-status", t.tiedStatus());
        for (Extra extra : t.extras()) {
            if (!extra.copy()) {
                o.verbatim(extra.xml());
            }
        }
        o.end();
    }

    /**
     * Writes the first of {@code copies} of the element {@code name} that still reads as the model holds it
     * ({@code matches}), and takes it from the list; says whether there was one.
     */
    private static boolean writeCopy(IatiXmlOut o, java.util.List<Extra> copies, String name,
                                     java.util.function.Predicate<IatiElement> matches) throws XMLStreamException {
        for (java.util.Iterator<Extra> i = copies.iterator(); i.hasNext(); ) {
            Extra copy = i.next();
            if (copy.name().equals(Extra.AS_PUBLISHED + name)
                    && matches.test(AsPublished.read(copy.xml(), null).child(name))) {
                i.remove();
                o.verbatim(copy.xml());
                return true;
            }
        }
        return false;
    }

    private static void party(IatiXmlOut o, String element, String activityAttribute, Party p) throws XMLStreamException {
        if (p == null) {
            return;
        }
        o.start(element);
        o.attr("ref", p.ref());
        o.attr(activityAttribute, p.activityId());
        o.attr("type", p.type());
        o.narrative(IatiXmlOut.plain(p.name()));
        o.end();
    }

    private static void result(IatiXmlOut o, Result r) throws XMLStreamException {
        o.start("result");
        o.attr("type", r.type());
        o.attr("aggregation-status", r.aggregationStatus());
        o.narratives("title", r.title());
        o.narratives("description", r.description());
        for (Indicator i : r.indicators()) {
            o.start("indicator");
            o.attr("measure", i.measure());
            o.attr("ascending", i.ascending());
            o.narratives("title", i.title());
            o.narratives("description", i.description());
            if (i.baselineYear() != null || i.baselineDate() != null || i.baselineValue() != null
                    || i.baselineComment() != null) {
                o.start("baseline");
                Integer year = i.baselineYear() != null ? i.baselineYear()
                        : i.baselineDate() != null ? Integer.valueOf(i.baselineDate().getYear()) : null;
                o.attr("year", year == null ? null : year.toString());
                o.attr("iso-date", i.baselineDate());
                o.attr("value", i.baselineValue());
                o.narratives("comment", i.baselineComment());
                o.end();
            }
            for (Period p : i.periods()) {
                o.start("period");
                o.date("period-start", p.start());
                o.date("period-end", p.end());
                if (p.target() != null) {
                    o.empty("target");
                    o.attr("value", p.target());
                }
                if (p.actual() != null) {
                    o.empty("actual");
                    o.attr("value", p.actual());
                }
                o.end();
            }
            o.end();
        }
        o.end();
    }
}
