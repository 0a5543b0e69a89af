package org.concord.projects.internal.iati;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an IATI activity file (versions 2.01 to 2.03) one {@code <iati-activity>} at a time: only the activity
 * being read is held in memory, so files of any size stream through. Each activity becomes a {@link ReadResult}:
 * accepted, with warnings about what was kept as published but looks wrong, or rejected, with the problems
 * that make it unusable (no identifier, money that cannot be read, a required date that is not a date).
 * Nothing is guessed silently: a value that cannot be kept is left out with a warning. This class reads the XML;
 * {@link IatiActivityMapper} turns each activity's elements into the model and {@link ActivityRules} holds the
 * rules an activity must meet, which hand-entered activities meet too.
 *
 * <p>Normalisation, which the writer must mirror so that {@code read(write(a))} equals {@code a}:
 * <ul>
 * <li>Text and attribute values are trimmed; blank means absent (null, or the narrative is left out).</li>
 * <li>Every decimal (amounts, percentages, coordinates) is read as {@code xsd:decimal} (no exponent) and
 * {@link java.math.BigDecimal#stripTrailingZeros() stripped of trailing zeros}, so that equal numbers are equal records
 * whatever the publisher's scale ("100.00" and "100" both read as 1E+2). Write them with
 * {@link java.math.BigDecimal#toPlainString()}: an exponent is not valid IATI and this reader refuses it.</li>
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
 * <p>Elements Concord does not model (contact-info, tag, conditions, planned-disbursement, …) and elements of other
 * namespaces (publishers' extensions) directly inside an activity or a transaction are kept exactly as published
 * ({@link IatiActivity.Extra}), written back where the schema puts them, and counted in a warning. Attributes of
 * other namespaces (d-portal's dstore:*) and foreign elements deeper inside are skipped.
 * Element paths in problems are XPath-like, with positions counted from 1 on repeatable elements:
 * {@code iati-activity[3]/transaction[2]/value}.
 */
public final class IatiReader {

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

    /** Above this many characters of elements kept as published, the activity is rejected as too large too. */
    static final long MAX_KEPT_CHARACTERS = 20_000_000;

    /** The children of iati-activity that the 2.03 schema allows and Concord does not model: kept as published. */
    static final Set<String> UNMODELLED = Set.of("other-identifier", "contact-info", "tag", "country-budget-items",
            "humanitarian-scope", "planned-disbursement", "capital-spend", "legacy-data", "conditions", "crs-add", "fss");

    private final IatiCodelists codelists;
    private final ActivityRules rules;

    public IatiReader() {
        this(IatiCodelists.standard());
    }

    public IatiReader(IatiCodelists codelists) {
        this(codelists, java.time.Clock.systemUTC());
    }

    /** {@code clock} says what today is, for dates the rules question (an actual date after today). */
    public IatiReader(java.time.Clock clock) {
        this(IatiCodelists.standard(), clock);
    }

    public IatiReader(IatiCodelists codelists, java.time.Clock clock) {
        this.codelists = Objects.requireNonNull(codelists);
        this.rules = new ActivityRules(codelists, clock);
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
                        IatiElement tree = readTree(xml, seen + 1);
                        seen++;
                        ReadResult result = new IatiActivityMapper(codelists, rules, seen, tree).result();
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
        String version = IatiElement.blankToNull(xml.getAttributeValue(null, "version"));
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
    private static IatiElement readTree(XMLStreamReader xml, int position) throws XMLStreamException {
        IatiElement root = new IatiElement(xml.getLocalName(), null, position, attributes(xml));
        Deque<IatiElement> open = new ArrayDeque<>();
        open.push(root);
        int foreignDepth = 0;
        int elements = 1;
        long kept = 0;
        while (!open.isEmpty()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamReader.START_ELEMENT -> {
                    IatiElement parent = open.peek();
                    boolean activityChild = parent == root;
                    if (foreignDepth == 0 && (activityChild || parent.parent == root && parent.name.equals("transaction"))
                            && (!isIati(xml) || activityChild && UNMODELLED.contains(xml.getLocalName()))) {
                        // kept as published; the reader ends on its end tag
                        String name = isIati(xml) ? xml.getLocalName() : IatiActivity.Extra.FOREIGN;
                        String verbatim = VerbatimXml.capture(xml);
                        kept += verbatim.length();
                        if (kept > MAX_KEPT_CHARACTERS) {
                            root.tooLarge = true;
                        } else {
                            parent.extras().add(new IatiActivity.Extra(name, verbatim));
                        }
                    } else if (foreignDepth > 0 || !isIati(xml)) {
                        foreignDepth++;
                    } else if (++elements > MAX_ELEMENTS_PER_ACTIVITY) {
                        root.tooLarge = true;
                        foreignDepth++;
                    } else {
                        IatiElement child = new IatiElement(xml.getLocalName(), parent,
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
}
