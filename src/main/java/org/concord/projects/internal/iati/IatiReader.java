package org.concord.projects.internal.iati;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
 * Reads an IATI activity file (versions 2.01 to 2.03) one {@code <iati-activity>} at a time: only the activity
 * being read is held in memory, so files of any size stream through. Each activity becomes a {@link ReadResult}:
 * accepted, with warnings about what was kept as published but looks wrong, or rejected, with the problems
 * that make it unusable (no identifier, money that cannot be read, a required date that is not a date).
 * Nothing is guessed silently: a value that cannot be kept is left out with a warning.
 *
 * <p>Normalisation, which the writer must mirror so that {@code read(write(a))} equals {@code a}:
 * <ul>
 * <li>Text and attribute values are trimmed; blank means absent (null, or the narrative is left out).</li>
 * <li>Every decimal (amounts, percentages, coordinates) is read as {@code xsd:decimal} (no exponent) and
 * {@link BigDecimal#stripTrailingZeros() stripped of trailing zeros}, so that equal numbers are equal records
 * whatever the publisher's scale ("100.00" and "100" both read as 1E+2). Write them with
 * {@link BigDecimal#toPlainString()}: an exponent is not valid IATI and this reader refuses it.</li>
 * <li>Language codes (the activity's, narratives', documents') are lower-cased: BCP 47 codes are
 * case-insensitive and publishers write "EN" as often as "en". A narrative without xml:lang takes that of its
 * enclosing element inside the activity (XML's inheritance), else null: the activity's default language.</li>
 * <li>Country codes are upper-cased. Currencies and all other codes are kept exactly as published.</li>
 * <li>A transaction's provider-org or receiver-org with neither ref, activity id nor name is absent (null).</li>
 * <li>Where the standard gives a default, it is made explicit: sector, recipient-region and policy-marker
 * vocabulary "1" when absent.</li>
 * <li>Where Concord keeps one value of something the standard lets repeat, it keeps the first: of the
 * non-blank narratives for a name or single text, of the elements for a document's category and language, an
 * indicator's baseline and a period's target and actual (with a warning when others are left behind), of
 * those in vocabulary 1 for default-aid-type (the model has no vocabulary for it). The writer writes one.</li>
 * <li>last-updated-datetime without a time zone is read as UTC, with a warning.</li>
 * </ul>
 *
 * <p>Elements Concord does not model (contact-info, tag, conditions, planned-disbursement, …) and attributes
 * or elements in other namespaces (d-portal's dstore:*, publishers' extensions) are skipped without comment.
 * Element paths in problems are XPath-like, with positions counted from 1 on repeatable elements:
 * {@code iati-activity[3]/transaction[2]/value}.
 */
public final class IatiReader {

    /** One thing wrong: where (an element path) and which rule, in words a publisher can act on. */
    public record Problem(String element, String rule) {
    }

    /**
     * What became of one {@code <iati-activity>}: {@code activity} when accepted (then {@code problems} is
     * empty), else null and {@code problems} says why. {@code position} counts activities in the file from 1;
     * {@code identifier} is the iati-identifier as published, null when missing.
     */
    public record ReadResult(int position, String identifier, IatiActivity activity, List<Problem> problems,
                             List<Problem> warnings) {
        public ReadResult {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            if ((activity == null) == problems.isEmpty()) {
                throw new IllegalArgumentException("an activity is accepted exactly when it has no problems");
            }
        }

        public boolean accepted() {
            return activity != null;
        }
    }

    /** The file's IATI version (root {@code version}) and how many activities were seen, accepted, rejected. */
    public record ReadSummary(String version, int seen, int accepted, int rejected) {
    }

    public static final Set<String> SUPPORTED_VERSIONS = Set.of("2.01", "2.02", "2.03");

    /** Above this many elements in one activity the activity is rejected: a file built to exhaust memory. */
    static final int MAX_ELEMENTS_PER_ACTIVITY = 200_000;

    /** xsd:decimal: digits with an optional sign and fraction, no exponent. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** Elements that may repeat among their siblings, which paths number: transaction[2]. */
    private static final Set<String> REPEATABLE = Set.of("iati-activity", "narrative", "participating-org",
            "description", "activity-date", "recipient-country", "recipient-region", "location", "sector",
            "policy-marker", "default-aid-type", "budget", "transaction", "document-link", "category", "language",
            "related-activity", "result", "indicator", "baseline", "period", "target", "actual");

    private final IatiCodelists codelists;

    public IatiReader() {
        this(IatiCodelists.standard());
    }

    public IatiReader(IatiCodelists codelists) {
        this.codelists = Objects.requireNonNull(codelists);
    }

    /**
     * Reads {@code in} to the end, handing each activity to {@code sink} as soon as it is read. The caller
     * closes {@code in}.
     *
     * @throws IatiFileException when the file as a whole cannot be read: not well-formed XML, a DOCTYPE or
     *                           entity reference, a root other than {@code iati-activities}, a version other
     *                           than 2.01–2.03
     */
    public ReadSummary read(InputStream in, Consumer<ReadResult> sink) {
        int seen = 0;
        int accepted = 0;
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.reader(in);
            String version = readRoot(xml);
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    if (depth == 1 && isIati(xml) && xml.getLocalName().equals("iati-activity")) {
                        Element tree = readTree(xml, seen + 1);
                        seen++;
                        ReadResult result = new ActivityReading(seen, tree).result();
                        if (result.accepted()) {
                            accepted++;
                        }
                        sink.accept(result);
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
            // the rest must still be well-formed: whatever follows the root (a DOCTYPE, a second root) fails
            while (xml.hasNext()) {
                xml.next();
            }
            return new ReadSummary(version, seen, accepted, seen - accepted);
        } catch (XMLStreamException e) {
            String where = seen == 0 ? ""
                    : " (after " + seen + (seen == 1 ? " activity" : " activities") + " had been read)";
            throw new IatiFileException("The file is not readable IATI XML" + where + ": " + SecureXml.describe(e), e);
        } finally {
            close(xml);
        }
    }

    /** What {@link #scan} finds: the file's IATI version and how many activities it holds. */
    public record FileSummary(String version, int activities) {
    }

    /**
     * The file-level checks of {@link #read} (secure, well-formed XML; an {@code iati-activities} root of a
     * supported version) and a count of its activities, without reading them: an upload is checked whole before
     * it is queued, at a fraction of the cost of reading it. Closes {@code in}.
     *
     * @throws IatiFileException as {@link #read} does for the file as a whole
     */
    public FileSummary scan(InputStream in) {
        int seen = 0;
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.reader(in);
            String version = readRoot(xml);
            int depth = 1;
            boolean inActivity = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    inActivity |= depth == 1 && isIati(xml) && xml.getLocalName().equals("iati-activity");
                    depth++;
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                    if (depth == 1 && inActivity) {
                        // counted when whole, as read counts them, so that both say the same of a broken file
                        seen++;
                        inActivity = false;
                    }
                }
            }
            return new FileSummary(version, seen);
        } catch (XMLStreamException e) {
            String where = seen == 0 ? ""
                    : " (after " + seen + (seen == 1 ? " activity" : " activities") + " had been read)";
            throw new IatiFileException("The file is not readable IATI XML" + where + ": " + SecureXml.describe(e), e);
        } finally {
            close(xml);
        }
    }

    /** Moves to the root element and checks that it is iati-activities of a supported version. */
    private static String readRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.next() != XMLStreamReader.START_ELEMENT) {
            // prolog: comments, processing instructions, whitespace; a DOCTYPE fails in SecureXml
        }
        if (!xml.getLocalName().equals("iati-activities")) {
            throw new IatiFileException("This is not an IATI activity file: its root element is <"
                    + xml.getLocalName() + ">, not <iati-activities>.");
        }
        String version = blankToNull(xml.getAttributeValue(null, "version"));
        if (version == null) {
            throw new IatiFileException("The file does not say which IATI version it follows (<iati-activities> has"
                    + " no version attribute); Concord reads versions 2.01, 2.02 and 2.03.");
        }
        if (!SUPPORTED_VERSIONS.contains(version)) {
            throw new IatiFileException("IATI version " + version + " is not supported; Concord reads versions"
                    + " 2.01, 2.02 and 2.03" + (version.startsWith("1.") ? " (version 1 files must be converted"
                    + " to version 2 by their publisher)." : "."));
        }
        return version;
    }

    private static boolean isIati(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return namespace == null || namespace.isEmpty();
    }

    /**
     * Reads the current element and everything inside it into a small tree; the reader ends on its end tag.
     * Elements in other namespaces are skipped with their contents.
     */
    private static Element readTree(XMLStreamReader xml, int position) throws XMLStreamException {
        Element root = new Element(xml.getLocalName(), null, position, attributes(xml));
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        int foreignDepth = 0;
        int elements = 1;
        while (!open.isEmpty()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamReader.START_ELEMENT -> {
                    if (foreignDepth > 0 || !isIati(xml)) {
                        foreignDepth++;
                    } else if (++elements > MAX_ELEMENTS_PER_ACTIVITY) {
                        root.tooLarge = true;
                        foreignDepth++;
                    } else {
                        Element parent = open.peek();
                        Element child = new Element(xml.getLocalName(), parent,
                                parent.nextPosition(xml.getLocalName()), attributes(xml));
                        parent.children.add(child);
                        open.push(child);
                    }
                }
                case XMLStreamReader.END_ELEMENT -> {
                    if (foreignDepth > 0) {
                        foreignDepth--;
                    } else {
                        open.pop();
                    }
                }
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> {
                    if (foreignDepth == 0) {
                        open.peek().appendText(xml.getText());
                    }
                }
                default -> {
                    // comments and processing instructions carry nothing IATI
                }
            }
        }
        return root;
    }

    /** Attributes without a namespace by local name, plus xml:lang; d-portal's dstore:* and the like are dropped. */
    private static Map<String, String> attributes(XMLStreamReader xml) {
        int count = xml.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String namespace = xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            if (namespace == null || namespace.isEmpty()) {
                attributes.put(name, xml.getAttributeValue(i));
            } else if (namespace.equals(XMLConstants.XML_NS_URI) && name.equals("lang")) {
                attributes.put("xml:lang", xml.getAttributeValue(i));
            }
        }
        return attributes;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a StAX reader releases parser state only; the caller owns and closes the stream
            }
        }
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** One element of the activity being read. */
    private static final class Element {
        final String name;
        final Element parent;
        final int position;
        final Map<String, String> attributes;
        final List<Element> children = new ArrayList<>();
        private StringBuilder text;
        private Map<String, Integer> positions;
        boolean tooLarge;

        Element(String name, Element parent, int position, Map<String, String> attributes) {
            this.name = name;
            this.parent = parent;
            this.position = position;
            this.attributes = attributes;
        }

        void appendText(String characters) {
            if (text == null) {
                text = new StringBuilder(characters.length());
            }
            text.append(characters);
        }

        /** The element's own text, trimmed; null when blank. */
        String text() {
            return text == null ? null : blankToNull(text.toString());
        }

        /** The attribute's value, trimmed; null when absent or blank. */
        String attr(String attribute) {
            return blankToNull(attributes.get(attribute));
        }

        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        List<Element> all(String childName) {
            List<Element> found = new ArrayList<>();
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    found.add(child);
                }
            }
            return found;
        }

        /** The position the next child of that name takes among its namesakes, from 1. */
        int nextPosition(String childName) {
            if (positions == null) {
                positions = new HashMap<>();
            }
            return positions.merge(childName, 1, Integer::sum);
        }

        String path() {
            String self = REPEATABLE.contains(name) ? name + "[" + position + "]" : name;
            return parent == null ? self : parent.path() + "/" + self;
        }

        /** Path of a child that may not exist: "…/transaction[1]/transaction-date". */
        String path(String childName) {
            return path() + "/" + childName;
        }

        /** xml:lang of this element or the nearest enclosing one inside the activity (not the activity's own). */
        String language() {
            for (Element e = this; e != null && e.parent != null; e = e.parent) {
                String lang = e.attr("xml:lang");
                if (lang != null) {
                    return lower(lang);
                }
            }
            return null;
        }
    }

    /** Maps one activity's tree to the model, collecting problems (reject) and warnings (keep). */
    private final class ActivityReading {
        private final int position;
        private final Element activity;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Problem> warnings = new ArrayList<>();
        private String defaultCurrency;

        ActivityReading(int position, Element activity) {
            this.position = position;
            this.activity = activity;
        }

        ReadResult result() {
            String identifier = identifier();
            if (activity.tooLarge) {
                reject(activity.path(), "activity has more than " + MAX_ELEMENTS_PER_ACTIVITY + " elements");
                return new ReadResult(position, identifier, null, problems, warnings);
            }
            defaultCurrency = activity.attr("default-currency");
            if (defaultCurrency != null && !codelists.isValid("Currency", defaultCurrency)) {
                reject(activity.path(), "default-currency is not in the IATI Currency codelist: '"
                        + defaultCurrency + "'");
            }
            Org reportingOrg = reportingOrg();
            List<Narrative> titles = narratives(activity.child("title"));
            if (titles.isEmpty()) {
                // allowed, but lists will show the identifier instead
                warn(activity.path("title"), "title has no text");
            }
            IatiActivity read = new IatiActivity(
                    identifier,
                    defaultCurrency,
                    lower(activity.attr("xml:lang")),
                    integer(activity, "hierarchy"),
                    bool(activity, "humanitarian"),
                    lastUpdated(),
                    reportingOrg,
                    titles,
                    descriptions(),
                    participants(),
                    code("activity-status"),
                    dates(),
                    countries(),
                    regions(),
                    locations(),
                    sectors(),
                    policyMarkers(),
                    code("collaboration-type"),
                    code("default-flow-type"),
                    code("default-finance-type"),
                    defaultAidType(),
                    code("default-tied-status"),
                    code("activity-scope"),
                    budgets(),
                    transactions(),
                    documents(),
                    relatedActivities(),
                    results());
            checkGeographyPercentages(read);
            checkSectorPercentages(read);
            return new ReadResult(position, identifier, problems.isEmpty() ? read : null, problems, warnings);
        }

        private String identifier() {
            Element element = activity.child("iati-identifier");
            if (element == null) {
                reject(activity.path("iati-identifier"), "iati-identifier is missing");
                return null;
            }
            String identifier = element.text();
            if (identifier == null) {
                reject(element.path(), "iati-identifier is blank");
            }
            return identifier;
        }

        private Org reportingOrg() {
            Element element = activity.child("reporting-org");
            if (element == null) {
                reject(activity.path("reporting-org"), "reporting-org is missing");
                return null;
            }
            if (element.attr("ref") == null) {
                warn(element.path(), "reporting-org has no ref");
            }
            return new Org(element.attr("ref"), element.attr("type"), firstText(element));
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
                    warn(activity.path(), "last-updated-datetime has no time zone; read as UTC: '" + value + "'");
                    return utc;
                } catch (DateTimeException e) {
                    warn(activity.path(), "last-updated-datetime is not a date and time; left out: '" + value + "'");
                    return null;
                }
            }
        }

        /** One Description per narrative, so each keeps its language. */
        private List<Description> descriptions() {
            List<Description> descriptions = new ArrayList<>();
            for (Element description : activity.all("description")) {
                String type = description.attr("type");
                for (Narrative narrative : narratives(description)) {
                    descriptions.add(new Description(type, narrative));
                }
            }
            return descriptions;
        }

        private List<Participant> participants() {
            List<Participant> participants = new ArrayList<>();
            for (Element org : activity.all("participating-org")) {
                participants.add(new Participant(org.attr("role"), org.attr("ref"), org.attr("type"),
                        org.attr("activity-id"), org.attr("crs-channel-code"), firstNarrative(org)));
            }
            return participants;
        }

        private List<ActivityDate> dates() {
            List<ActivityDate> dates = new ArrayList<>();
            for (Element date : activity.all("activity-date")) {
                String value = date.attr("iso-date");
                LocalDate iso = isoDate(value);
                if (iso == null) {
                    warn(date.path(), value == null ? "activity-date has no iso-date; left out"
                            : "iso-date is not a date (yyyy-mm-dd); activity-date left out: '" + value + "'");
                } else {
                    dates.add(new ActivityDate(date.attr("type"), iso));
                }
            }
            return dates;
        }

        private List<RecipientCountry> countries() {
            List<RecipientCountry> countries = new ArrayList<>();
            for (Element country : activity.all("recipient-country")) {
                String code = country.attr("code");
                if (code == null) {
                    warn(country.path(), "recipient-country has no code; left out");
                    continue;
                }
                code = code.toUpperCase(Locale.ROOT);
                if (!codelists.isValid("Country", code)) {
                    warn(country.path(), "code is not in the IATI Country codelist: '" + code + "'");
                }
                countries.add(new RecipientCountry(code, percentage(country)));
            }
            return countries;
        }

        private List<RecipientRegion> regions() {
            List<RecipientRegion> regions = new ArrayList<>();
            for (Element region : activity.all("recipient-region")) {
                String code = region.attr("code");
                if (code == null) {
                    warn(region.path(), "recipient-region has no code; left out");
                    continue;
                }
                String vocabulary = Objects.requireNonNullElse(region.attr("vocabulary"), "1");
                if (vocabulary.equals("1") && !codelists.isValid("Region", code)) {
                    warn(region.path(), "code is not in the IATI Region codelist (OECD DAC): '" + code + "'");
                }
                regions.add(new RecipientRegion(vocabulary, code, percentage(region)));
            }
            return regions;
        }

        private List<Location> locations() {
            List<Location> locations = new ArrayList<>();
            for (Element location : activity.all("location")) {
                BigDecimal latitude = null;
                BigDecimal longitude = null;
                Element pos = location.child("point") == null ? null : location.child("point").child("pos");
                if (pos != null && pos.text() != null) {
                    String[] parts = WHITESPACE.split(pos.text());
                    BigDecimal lat = parts.length == 2 ? decimal(parts[0]) : null;
                    BigDecimal lon = parts.length == 2 ? decimal(parts[1]) : null;
                    if (lat == null || lon == null || lat.abs().compareTo(BigDecimal.valueOf(90)) > 0
                            || lon.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                        warn(pos.path(), "pos is not 'latitude longitude' in degrees; left out: '" + pos.text() + "'");
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
            for (Element sector : activity.all("sector")) {
                String code = sector.attr("code");
                if (code == null) {
                    warn(sector.path(), "sector has no code; left out");
                    continue;
                }
                String published = sector.attr("vocabulary");
                String vocabulary = Objects.requireNonNullElse(published, "1");
                if (published == null && !codelists.isValid("Sector", code)) {
                    warn(sector.path(), "sector has no vocabulary and its code is not a DAC 5-digit code: '"
                            + code + "'");
                } else if (published != null && vocabulary.equals("1") && !codelists.isValid("Sector", code)) {
                    warn(sector.path(), "code is not in the IATI Sector codelist (DAC 5-digit): '" + code + "'");
                } else if (vocabulary.equals("2") && !codelists.isValid("SectorCategory", code)) {
                    warn(sector.path(), "code is not in the IATI SectorCategory codelist (DAC 3-digit): '"
                            + code + "'");
                }
                sectors.add(new Sector(vocabulary, code, percentage(sector), firstText(sector)));
            }
            return sectors;
        }

        private List<PolicyMarker> policyMarkers() {
            List<PolicyMarker> markers = new ArrayList<>();
            for (Element marker : activity.all("policy-marker")) {
                String code = marker.attr("code");
                if (code == null) {
                    warn(marker.path(), "policy-marker has no code; left out");
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
            List<Element> aidTypes = activity.all("default-aid-type");
            for (Element aidType : aidTypes) {
                String vocabulary = aidType.attr("vocabulary");
                if ((vocabulary == null || vocabulary.equals("1")) && aidType.attr("code") != null) {
                    return aidType.attr("code");
                }
            }
            if (!aidTypes.isEmpty()) {
                warn(aidTypes.get(0).path(), "default-aid-type is not in vocabulary 1 (OECD DAC), the only one"
                        + " Concord keeps; left out");
            }
            return null;
        }

        private List<Budget> budgets() {
            List<Budget> budgets = new ArrayList<>();
            for (Element budget : activity.all("budget")) {
                LocalDate start = requiredDate(budget, "period-start");
                LocalDate end = requiredDate(budget, "period-end");
                Money value = money(budget);
                budgets.add(new Budget(budget.attr("type"), budget.attr("status"), start, end, value));
            }
            return budgets;
        }

        private List<Transaction> transactions() {
            List<Transaction> transactions = new ArrayList<>();
            for (Element transaction : activity.all("transaction")) {
                String type = code(transaction, "transaction-type");
                if (type == null) {
                    reject(transaction.path("transaction-type"), "transaction-type is missing");
                } else if (!codelists.isValid("TransactionType", type)) {
                    warn(transaction.path("transaction-type"),
                            "code is not in the IATI TransactionType codelist: '" + type + "'");
                }
                LocalDate date = requiredDate(transaction, "transaction-date");
                Money value = money(transaction);
                transactions.add(new Transaction(transaction.attr("ref"), bool(transaction, "humanitarian"), type,
                        date, value, firstText(transaction.child("description")),
                        party(transaction.child("provider-org"), "provider-activity-id"),
                        party(transaction.child("receiver-org"), "receiver-activity-id")));
            }
            return transactions;
        }

        /** null when absent or empty: EC publishers write {@code <receiver-org><narrative/></receiver-org>}. */
        private Party party(Element org, String activityIdAttribute) {
            if (org == null) {
                return null;
            }
            Party party = new Party(org.attr("ref"), org.attr(activityIdAttribute), firstText(org));
            return party.ref() == null && party.activityId() == null && party.name() == null ? null : party;
        }

        private List<DocumentLink> documents() {
            List<DocumentLink> documents = new ArrayList<>();
            for (Element document : activity.all("document-link")) {
                String url = document.attr("url");
                if (url == null) {
                    warn(document.path(), "document-link has no url; left out");
                    continue;
                }
                Element date = document.child("document-date");
                documents.add(new DocumentLink(url, document.attr("format"), firstText(document.child("title")),
                        code(document, "category"), lower(code(document, "language")),
                        date == null ? null : optionalDate(date, "iso-date")));
            }
            return documents;
        }

        private List<RelatedActivity> relatedActivities() {
            List<RelatedActivity> related = new ArrayList<>();
            for (Element relation : activity.all("related-activity")) {
                String ref = relation.attr("ref");
                if (ref == null) {
                    warn(relation.path(), "related-activity has no ref; left out");
                    continue;
                }
                related.add(new RelatedActivity(relation.attr("type"), ref));
            }
            return related;
        }

        private List<Result> results() {
            List<Result> results = new ArrayList<>();
            for (Element result : activity.all("result")) {
                List<Indicator> indicators = new ArrayList<>();
                for (Element indicator : result.all("indicator")) {
                    indicators.add(indicator(indicator));
                }
                results.add(new Result(result.attr("type"), bool(result, "aggregation-status"),
                        firstText(result.child("title")), firstText(result.child("description")), indicators));
            }
            return results;
        }

        private Indicator indicator(Element indicator) {
            Element baseline = first(indicator, "baseline", "baselines");
            Integer year = null;
            if (baseline != null) {
                year = integer(baseline, "year");
                if (year != null && (year < 1000 || year > 9999)) {
                    warn(baseline.path(), "baseline year is not a four-digit year: '" + year + "'");
                }
            }
            List<Period> periods = new ArrayList<>();
            for (Element period : indicator.all("period")) {
                Element start = period.child("period-start");
                Element end = period.child("period-end");
                Element target = first(period, "target", "targets");
                Element actual = first(period, "actual", "actual values");
                periods.add(new Period(start == null ? null : optionalDate(start, "iso-date"),
                        end == null ? null : optionalDate(end, "iso-date"),
                        target == null ? null : target.attr("value"),
                        actual == null ? null : actual.attr("value")));
            }
            return new Indicator(indicator.attr("measure"), bool(indicator, "ascending"),
                    firstText(indicator.child("title")), firstText(indicator.child("description")), year,
                    baseline == null ? null : optionalDate(baseline, "iso-date"),
                    baseline == null ? null : baseline.attr("value"),
                    baseline == null ? null : firstText(baseline.child("comment")), periods);
        }

        /** The first of a repeated element the model keeps once, with a warning that the others are not kept. */
        private Element first(Element parent, String childName, String plural) {
            List<Element> all = parent.all(childName);
            if (all.size() > 1) {
                warn(parent.path(), parent.name + " has " + all.size() + " " + plural
                        + " (by dimension or location); only the first is kept");
            }
            return all.isEmpty() ? null : all.get(0);
        }

        /**
         * The standard asks recipient countries and regions together to make 100 %, and regions of each
         * vocabulary separately when several are used.
         */
        private void checkGeographyPercentages(IatiActivity read) {
            Map<String, List<BigDecimal>> regionsByVocabulary = new LinkedHashMap<>();
            read.regions().forEach(r -> regionsByVocabulary.computeIfAbsent(r.vocabulary(), v -> new ArrayList<>())
                    .add(r.percentage()));
            List<BigDecimal> countries = read.countries().stream().map(RecipientCountry::percentage).toList();
            if (regionsByVocabulary.isEmpty()) {
                checkSum(countries, activity.path("recipient-country"), "recipient-country percentages");
            } else {
                regionsByVocabulary.forEach((vocabulary, regions) -> {
                    List<BigDecimal> together = new ArrayList<>(countries);
                    together.addAll(regions);
                    checkSum(together, countries.isEmpty() ? activity.path("recipient-region") : activity.path(),
                            (countries.isEmpty() ? "recipient-region" : "recipient-country and recipient-region")
                                    + " percentages (region vocabulary " + vocabulary + ")");
                });
            }
        }

        private void checkSectorPercentages(IatiActivity read) {
            Map<String, List<BigDecimal>> byVocabulary = new LinkedHashMap<>();
            read.sectors().forEach(s -> byVocabulary.computeIfAbsent(s.vocabulary(), v -> new ArrayList<>())
                    .add(s.percentage()));
            byVocabulary.forEach((vocabulary, percentages) -> checkSum(percentages, activity.path("sector"),
                    "sector percentages (vocabulary " + vocabulary + ")"));
        }

        /** A lone element without a percentage means 100 %; otherwise the given percentages must add up to 100. */
        private void checkSum(List<BigDecimal> percentages, String element, String what) {
            if (percentages.stream().allMatch(Objects::isNull)) {
                if (percentages.size() > 1) {
                    warn(element, what + " are not given, though " + percentages.size() + " elements share the"
                            + " activity");
                }
                return;
            }
            BigDecimal sum = percentages.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(HUNDRED) != 0) {
                warn(element, what + " sum to " + plain(sum) + ", not 100");
            }
        }

        /** value of a budget or transaction; rejects the activity when the amount or its currency is unusable. */
        private Money money(Element parent) {
            Element value = parent.child("value");
            if (value == null) {
                reject(parent.path("value"), "value is missing");
                return null;
            }
            String text = value.text();
            BigDecimal amount = decimal(text);
            if (amount == null) {
                reject(value.path(), "value is not a number: '" + Objects.requireNonNullElse(text, "") + "'");
            }
            String currency = value.attr("currency");
            if (currency == null && defaultCurrency == null) {
                reject(value.path(), "value has no currency and the activity has no default-currency");
            } else if (currency != null && !codelists.isValid("Currency", currency)) {
                reject(value.path(), "currency is not in the IATI Currency codelist: '" + currency + "'");
            }
            return new Money(amount, currency, optionalDate(value, "value-date"));
        }

        /** A date the activity cannot do without (transaction-date, budget period): missing or invalid rejects. */
        private LocalDate requiredDate(Element parent, String childName) {
            Element element = parent.child(childName);
            if (element == null) {
                reject(parent.path(childName), childName + " is missing");
                return null;
            }
            String value = element.attr("iso-date");
            LocalDate date = isoDate(value);
            if (date == null) {
                reject(element.path(), value == null ? "iso-date is missing"
                        : "iso-date is not a date (yyyy-mm-dd): '" + value + "'");
            }
            return date;
        }

        /** A date that may be absent; an invalid one is left out with a warning. */
        private LocalDate optionalDate(Element element, String attribute) {
            String value = element.attr(attribute);
            LocalDate date = isoDate(value);
            if (value != null && date == null) {
                warn(element.path(), attribute + " is not a date (yyyy-mm-dd); left out: '" + value + "'");
            }
            return date;
        }

        private BigDecimal percentage(Element element) {
            String value = element.attr("percentage");
            BigDecimal percentage = decimal(value);
            if (value != null && percentage == null) {
                warn(element.path(), "percentage is not a number; left out: '" + value + "'");
            }
            return percentage;
        }

        private Integer integer(Element element, String attribute) {
            String value = element.attr(attribute);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                warn(element.path(), attribute + " is not a whole number; left out: '" + value + "'");
                return null;
            }
        }

        /** xsd:boolean. */
        private Boolean bool(Element element, String attribute) {
            String value = element.attr(attribute);
            if (value == null) {
                return null;
            }
            switch (value) {
                case "1", "true" -> {
                    return true;
                }
                case "0", "false" -> {
                    return false;
                }
                default -> {
                    warn(element.path(), attribute + " is not a boolean (1, 0, true, false); left out: '"
                            + value + "'");
                    return null;
                }
            }
        }

        /** The @code of the activity's child element of that name, e.g. activity-status. */
        private String code(String childName) {
            return code(activity, childName);
        }

        private String code(Element parent, String childName) {
            Element child = parent.child(childName);
            return child == null ? null : child.attr("code");
        }

        /** Every non-blank narrative, in document order. */
        private List<Narrative> narratives(Element container) {
            if (container == null) {
                return List.of();
            }
            List<Narrative> narratives = new ArrayList<>();
            for (Element narrative : container.all("narrative")) {
                if (narrative.text() != null) {
                    narratives.add(new Narrative(narrative.language(), narrative.text()));
                }
            }
            return narratives;
        }

        private Narrative firstNarrative(Element container) {
            List<Narrative> narratives = narratives(container);
            return narratives.isEmpty() ? null : narratives.get(0);
        }

        private String firstText(Element container) {
            Narrative narrative = firstNarrative(container);
            return narrative == null ? null : narrative.text();
        }

        private void reject(String element, String rule) {
            problems.add(new Problem(element, rule));
        }

        private void warn(String element, String rule) {
            warnings.add(new Problem(element, rule));
        }
    }

    /** The number, stripped of trailing zeros; null when absent or not an xsd:decimal. */
    static BigDecimal decimal(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text).stripTrailingZeros();
    }

    /** yyyy-mm-dd and a real day of the calendar; null otherwise. */
    static LocalDate isoDate(String text) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
