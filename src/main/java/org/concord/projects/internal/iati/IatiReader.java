package org.concord.projects.internal.iati;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
     * The longest text one element may hold, in characters, unless the operator sets another
     * ({@code concord.import.max-narrative-length}). The longest narrative among the 33,242 of the real files under
     * test (src/test/resources/iati/activities) has 70,530 characters, a whole progress report pasted into a
     * description; all the others have under 11,000. Without a bound, one 99 MB title took 3 GB of memory to import.
     */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;

    /**
     * {@link #scan(InputStream, int)} with the default bound on text, {@link #DEFAULT_MAX_TEXT_LENGTH}.
     */
    public FileSummary scan(InputStream in) {
        return scan(in, DEFAULT_MAX_TEXT_LENGTH);
    }

    /**
     * The file-level checks of {@link #read} (secure, well-formed XML; an {@code iati-activities} root of a
     * supported version) and a count of its activities, without reading them: an upload is checked whole before
     * it is queued, at a fraction of the cost of reading it. Closes {@code in}.
     *
     * <p>Also bounds what {@link #read} would hold in memory: no element's text (a narrative, an identifier, the
     * text between two tags) may be longer than {@code maxTextLength} characters, counted as the parser hands the
     * text over in pieces, never built into one string; and no attribute value, comment, CDATA section or
     * processing instruction may take more than {@link #markupLimit(int)} bytes, which the JDK's parser would
     * otherwise hold whole before reporting it (see {@link SecureXml#reader(InputStream, long)}).
     *
     * @throws IatiTextTooLongException naming the element, its line and the activity when a text is too long
     * @throws IatiFileException        as {@link #read} does for the file as a whole
     */
    public FileSummary scan(InputStream in, int maxTextLength) {
        int seen = 0;
        XMLStreamReader xml = null;
        // the open elements' names, root first, with the line of the last tag: where a text too long begins
        List<String> open = new ArrayList<>();
        int tagLine = 1;
        long run = 0;
        StringBuilder identifier = null;
        boolean inIdentifier = false;
        try {
            xml = SecureXml.reader(in, markupLimit(maxTextLength));
            String version = readRoot(xml);
            open.add(xml.getLocalName());
            boolean inActivity = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    if (open.size() == 1 && isIati(xml) && xml.getLocalName().equals("iati-activity")) {
                        inActivity = true;
                        identifier = null;
                    }
                    inIdentifier = inActivity && open.size() == 2 && identifier == null && isIati(xml)
                            && xml.getLocalName().equals("iati-identifier");
                    if (inIdentifier) {
                        identifier = new StringBuilder();
                    }
                    open.add(xml.getLocalName());
                    tagLine = xml.getLocation().getLineNumber();
                    run = 0;
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    open.remove(open.size() - 1);
                    tagLine = xml.getLocation().getLineNumber();
                    run = 0;
                    inIdentifier = false;
                    if (open.size() == 1 && inActivity) {
                        // counted when whole, as read counts them, so that both say the same of a broken file
                        seen++;
                        inActivity = false;
                    }
                } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                        || event == XMLStreamReader.SPACE) {
                    // the text between two tags, comments and processing instructions included: what read keeps
                    run += xml.getTextLength();
                    if (run > maxTextLength) {
                        throw new IatiTextTooLongException(IatiTextTooLongException.Kind.TEXT,
                                path(open, inActivity, seen + 1), tagLine, blankToNull(identifier), maxTextLength, null);
                    }
                    if (inIdentifier && identifier.length() < 1_000) {
                        identifier.append(xml.getTextCharacters(), xml.getTextStart(),
                                Math.min(xml.getTextLength(), 1_000));
                    }
                }
            }
            return new FileSummary(version, seen);
        } catch (XMLStreamException e) {
            SecureXml.MarkupTooLongException tooLong = SecureXml.MarkupTooLongException.of(xml);
            if (tooLong != null) {
                int line = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                        ? e.getLocation().getLineNumber() : tagLine;
                throw new IatiTextTooLongException(IatiTextTooLongException.Kind.MARKUP,
                        path(open, open.size() > 1 && "iati-activity".equals(open.get(1)), seen + 1), line,
                        blankToNull(identifier), tooLong.limit(), e);
            }
            String where = seen == 0 ? ""
                    : " (after " + seen + (seen == 1 ? " activity" : " activities") + " had been read)";
            throw new IatiFileException("The file is not readable IATI XML" + where + ": " + SecureXml.describe(e), e);
        } finally {
            close(xml);
        }
    }

    /**
     * The bytes an attribute value, comment, CDATA section or processing instruction may take when texts are bound
     * to {@code maxTextLength} characters: a character takes at most 4 bytes (UTF-8, UTF-32), and 128 KB more cover
     * the parser's reading ahead, so that a CDATA section just within the text bound is never refused as markup.
     */
    static long markupLimit(int maxTextLength) {
        return 4L * maxTextLength + 128 * 1024;
    }

    /** An import report's path of the innermost open element: iati-activity[3]/title/narrative. */
    private static String path(List<String> open, boolean inActivity, int activity) {
        if (open.isEmpty()) {
            return "iati-activities";
        }
        if (!inActivity || open.size() < 2) {
            return String.join("/", open);
        }
        StringBuilder path = new StringBuilder("iati-activity[").append(activity).append(']');
        for (String name : open.subList(2, open.size())) {
            path.append('/').append(name);
        }
        return path.toString();
    }

    private static String blankToNull(StringBuilder text) {
        return text == null ? null : IatiElement.blankToNull(text.toString());
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
    static IatiElement readTree(XMLStreamReader xml, int position) throws XMLStreamException {
        IatiElement root = new IatiElement(xml.getLocalName(), null, position, attributes(xml));
        String foreign = foreignAttributes(xml);
        if (foreign != null) {
            root.extras().add(new IatiActivity.Extra(IatiActivity.Extra.ATTRIBUTES, foreign));
        }
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
                        // each kept element counts as an element too: 200,000 small ones cost as much as modelled ones
                        if (kept > MAX_KEPT_CHARACTERS || ++elements > MAX_ELEMENTS_PER_ACTIVITY) {
                            root.tooLarge = true;
                        } else {
                            parent.extras().add(new IatiActivity.Extra(name, verbatim));
                        }
                    } else if (foreignDepth == 0 && !isIati(xml) && !root.tooLarge) {
                        // deeper inside: kept on its parent as published, for the copy of the modelled element
                        // that holds it (IatiActivity.Extra#AS_PUBLISHED); the reader ends on its end tag
                        String verbatim = VerbatimXml.capture(xml);
                        kept += verbatim.length();
                        if (kept > MAX_KEPT_CHARACTERS || ++elements > MAX_ELEMENTS_PER_ACTIVITY) {
                            root.tooLarge = true;
                        } else {
                            parent.extras().add(new IatiActivity.Extra(IatiActivity.Extra.FOREIGN, verbatim));
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

    /** The attributes of iati-activity the model holds. */
    static final Set<String> MODELLED_ACTIVITY_ATTRIBUTES = Set.of("last-updated-datetime", "default-currency",
            "humanitarian", "hierarchy");

    /**
     * The attributes of the activity element the model does not hold: of other namespaces (d-portal's dstore:*), and
     * IATI's linked-data-uri and budget-not-provided, on an empty element that declares their namespaces; null when
     * there are none. xsi:* are hints to a validator about the file, not data, and are left out.
     */
    private static String foreignAttributes(XMLStreamReader xml) throws XMLStreamException {
        java.io.StringWriter text = null;
        javax.xml.stream.XMLStreamWriter out = null;
        Map<String, String> declared = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String namespace = xml.getAttributeNamespace(i);
            boolean plain = namespace == null || namespace.isEmpty();
            if (plain && MODELLED_ACTIVITY_ATTRIBUTES.contains(xml.getAttributeLocalName(i))
                    || namespace != null && (namespace.equals(XMLConstants.XML_NS_URI)
                    || namespace.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI))) {
                continue;
            }
            if (out == null) {
                text = new java.io.StringWriter();
                out = javax.xml.stream.XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
                out.writeStartElement("attributes");
            }
            if (plain) {
                out.writeAttribute(xml.getAttributeLocalName(i), IatiXmlOut.clean(xml.getAttributeValue(i)));
                continue;
            }
            String prefix = xml.getAttributePrefix(i) == null || xml.getAttributePrefix(i).isEmpty()
                    ? "ns" + i : xml.getAttributePrefix(i);
            if (!namespace.equals(declared.get(prefix))) {
                out.writeNamespace(prefix, namespace);
                declared.put(prefix, namespace);
            }
            out.writeAttribute(prefix, namespace, xml.getAttributeLocalName(i),
                    IatiXmlOut.clean(xml.getAttributeValue(i)));
        }
        if (out == null) {
            return null;
        }
        out.writeEndElement();
        out.flush();
        return text.toString();
    }

    /** Attributes without a namespace by local name, plus xml:lang and those of other namespaces as {namespace}name. */
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
            } else if (!namespace.equals(XMLConstants.XML_NS_URI)
                    && !namespace.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)) {
                // another namespace's: {namespace}name, kept on copies as published (IatiElement#toXml)
                attributes.put("{" + namespace + "}" + name, xml.getAttributeValue(i));
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
