package org.concord.projects.internal.iati;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * The one place that creates XML parsers for files from outside (IATI activity files, codelists).
 *
 * <p>IATI XML never needs a DTD, so a document with a DOCTYPE or an entity reference is refused outright rather
 * than parsed with the dangerous parts switched off: with {@code SUPPORT_DTD=false} the JDK parser still reports
 * the DOCTYPE as an event and turns undeclared entity references (such as {@code &xxe;}) into
 * ENTITY_REFERENCE events, and a reader that skipped those would silently import a document that was meant to
 * do something else. The readers returned here throw instead, before any content after the DOCTYPE is seen.
 * The predefined entities ({@code &amp;} …) and character references ({@code &#x2019;}) are plain text and
 * stay allowed.
 */
public final class SecureXml {

    /** The message of the refusal, also matched by callers' tests. */
    public static final String DOCTYPE_NOT_ALLOWED = "DOCTYPE is not allowed";

    /** The JDK parser's words for a {@code <!DOCTYPE} after the root element has begun (24: its DOCTYPE state). */
    private static final String DOCTYPE_INSIDE_DOCUMENT = "Scanner State 24 not Recognized";

    /*
     * The JDK's limits, set explicitly so that behaviour does not depend on the JDK's jaxp.properties.
     * No entity can be declared (DTDs are refused), so no expansion is ever legitimate: the expansion limits
     * are as low as the JDK allows (0 would mean "no limit"). The two size limits stay generous because the
     * JDK also counts every &amp; and &#…; of the document itself against them (measured on JDK 17: one unit
     * per reference), and a low value would refuse large, legitimate files.
     */
    private static final Map<String, String> JDK_LIMITS = Map.of(
            "jdk.xml.entityExpansionLimit", "1",
            "jdk.xml.entityReplacementLimit", "1",
            "jdk.xml.maxParameterEntitySizeLimit", "1",
            "jdk.xml.maxGeneralEntitySizeLimit", "50000000",
            "jdk.xml.totalEntitySizeLimit", "50000000",
            // IATI nests at most about ten levels deep; a deeper document is not IATI
            "jdk.xml.maxElementDepth", "64");

    private SecureXml() {
    }

    /**
     * A streaming reader over {@code in} (encoding from the XML declaration) that refuses DOCTYPEs and entity
     * references with an {@link XMLStreamException} naming the rule. The caller closes {@code in}.
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return new Refusing(inputFactory().createXMLStreamReader(in), null);
    }

    /**
     * As {@link #reader(InputStream)}, and the parser may read at most {@code maxBytesBetweenEvents} bytes of
     * {@code in} between two events it reports; past that, reading fails with a {@link MarkupTooLongException}
     * (as the cause of the {@link XMLStreamException}).
     *
     * <p>Why: the JDK's parser reports text in pieces of at most 16,384 characters, but it holds an attribute value,
     * a comment, a CDATA section or a processing instruction whole in memory before reporting it, and no JDK limit
     * bounds them (measured on JDK 17: a 50 MB attribute value takes 280 MB of heap, a 99 MB one exhausts 512 MB).
     * Counting the bytes the parser takes between events bounds all of them, in any encoding, without a second
     * parser: a legitimate document produces an event at least every piece of text or tag.
     */
    public static XMLStreamReader reader(InputStream in, long maxBytesBetweenEvents) throws XMLStreamException {
        EventGap gap = new EventGap(in, maxBytesBetweenEvents);
        return new Refusing(inputFactory().createXMLStreamReader(gap), gap);
    }

    /** A piece of markup longer than the reader allows (see {@link #reader(InputStream, long)}). */
    public static final class MarkupTooLongException extends IOException {

        private final long limit;

        MarkupTooLongException(long limit) {
            super("more than " + limit + " bytes without the end of an attribute value, comment, CDATA section or"
                    + " processing instruction");
            this.limit = limit;
        }

        /** The most bytes allowed between two events. */
        public long limit() {
            return limit;
        }

        /**
         * Why {@code reader} (one of {@link #reader(InputStream, long)}) stopped, if it stopped because of a piece of
         * markup too long; else null. The JDK's parser keeps only the message of an exception its stream throws.
         */
        public static MarkupTooLongException of(XMLStreamReader reader) {
            return reader instanceof Refusing refusing && refusing.gap != null ? refusing.gap.refused : null;
        }
    }

    /**
     * A new factory configured to refuse DTDs and external entities. New per call, because an
     * {@link XMLInputFactory} is not specified to be thread-safe and creating the JDK's is cheap.
     * Prefer {@link #reader(InputStream)}, which also refuses a DOCTYPE instead of skipping it.
     */
    public static XMLInputFactory inputFactory() {
        // the JDK's own implementation, not whatever StAX provider happens to be on the classpath: the
        // properties below and the events refused in Refusing are those of the JDK's parser
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        JDK_LIMITS.forEach((name, value) -> {
            try {
                factory.setProperty(name, value);
            } catch (IllegalArgumentException notSupported) {
                // another JDK may not know one of these; the DTD refusal above does not depend on them
            }
        });
        return factory;
    }

    /**
     * The parser's message without the JDK's "ParseError at [row,col]" preamble, followed by where:
     * "DOCTYPE is not allowed (line 2, column 10)".
     */
    public static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        message = message.strip();
        if (message.equals(DOCTYPE_INSIDE_DOCUMENT)) {
            message = DOCTYPE_NOT_ALLOWED;
        }
        if (e.getLocation() != null && e.getLocation().getLineNumber() > 0) {
            message += " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber()
                    + ")";
        }
        return message;
    }

    /**
     * Counts the bytes the parser takes from the stream since its last event and refuses to hand it more than the
     * limit. The parser reads ahead in buffers, so an event may come after a read that already holds the bytes of
     * several events to come; the count only ever overstates the distance, by at most one buffer.
     */
    private static final class EventGap extends FilterInputStream {

        private final long limit;
        private long taken;
        private long atLastEvent;
        private MarkupTooLongException refused;

        EventGap(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        void event() {
            atLastEvent = taken;
        }

        private long room() throws MarkupTooLongException {
            long room = limit - (taken - atLastEvent);
            if (room <= 0) {
                refused = new MarkupTooLongException(limit);
                throw refused;
            }
            return room;
        }

        @Override
        public int read() throws IOException {
            room();
            int b = super.read();
            if (b >= 0) {
                taken++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int n = super.read(b, off, (int) Math.min(len, room()));
            if (n > 0) {
                taken += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, room()));
            taken += Math.max(skipped, 0);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Turns the events a DTD would produce into errors, on every path that advances the reader. */
    private static final class Refusing extends StreamReaderDelegate {

        private final EventGap gap;

        Refusing(XMLStreamReader reader, EventGap gap) {
            super(reader);
            this.gap = gap;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (gap != null) {
                gap.event();
            }
            return refuse(event);
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == CHARACTERS && isWhiteSpace() || event == SPACE || event == COMMENT
                    || event == PROCESSING_INSTRUCTION) {
                event = next();
            }
            if (event != START_ELEMENT && event != END_ELEMENT) {
                throw new XMLStreamException("expected an element, found event " + event, getLocation());
            }
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != START_ELEMENT) {
                throw new XMLStreamException("getElementText needs a start element", getLocation());
            }
            StringBuilder text = new StringBuilder();
            for (int event = next(); event != END_ELEMENT; event = next()) {
                switch (event) {
                    case CHARACTERS, CDATA, SPACE -> text.append(getText());
                    case COMMENT, PROCESSING_INSTRUCTION -> { }
                    case START_ELEMENT -> throw new XMLStreamException("element text contains an element",
                            getLocation());
                    default -> throw new XMLStreamException("unexpected event " + event + " in element text",
                            getLocation());
                }
            }
            return text.toString();
        }

        private int refuse(int event) throws XMLStreamException {
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException(DOCTYPE_NOT_ALLOWED, getLocation());
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.ENTITY_DECLARATION
                    || event == XMLStreamConstants.NOTATION_DECLARATION) {
                throw new XMLStreamException("entity references are not allowed (&" + safeName() + ";)",
                        getLocation());
            }
            return event;
        }

        private String safeName() {
            try {
                return getLocalName();
            } catch (IllegalStateException e) {
                return "…";
            }
        }
    }
}
