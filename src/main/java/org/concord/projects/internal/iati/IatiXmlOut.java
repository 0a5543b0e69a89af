package org.concord.projects.internal.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.concord.projects.internal.iati.IatiActivity.Money;
import org.concord.projects.internal.iati.IatiActivity.Narrative;

/**
 * How {@link IatiWriter} writes XML: a stream writer with two-space indentation. Whitespace goes only between
 * elements, never inside an element holding text, so a reader sees the same text with or without it; people reading
 * an export and validation messages (which give line numbers) both need the lines.
 */
final class IatiXmlOut {
    private final XMLStreamWriter xml;
    /** One entry per open element: whether it has child elements yet. */
    private final Deque<Boolean> open = new ArrayDeque<>();

    IatiXmlOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    void start(String name) throws XMLStreamException {
        child();
        xml.writeStartElement(name);
        open.push(Boolean.FALSE);
    }

    /** An element with attributes only; its attributes follow. */
    void empty(String name) throws XMLStreamException {
        child();
        xml.writeEmptyElement(name);
    }

    /** An element kept as published ({@link VerbatimXml}), on a line of its own. */
    /** The attributes of the empty element {@code holder} (namespaced ones, as the reader kept them) on the open element. */
    void foreignAttributes(String holder) throws XMLStreamException {
        javax.xml.stream.XMLStreamReader in = SecureXml.inputFactory()
                .createXMLStreamReader(new java.io.StringReader(holder));
        try {
            while (in.next() != javax.xml.stream.XMLStreamReader.START_ELEMENT) {
                // to the element
            }
            for (int i = 0; i < in.getNamespaceCount(); i++) {
                xml.writeNamespace(in.getNamespacePrefix(i), in.getNamespaceURI(i));
            }
            for (int i = 0; i < in.getAttributeCount(); i++) {
                String namespace = in.getAttributeNamespace(i);
                if (namespace == null || namespace.isEmpty()) {
                    xml.writeAttribute(in.getAttributeLocalName(i), clean(in.getAttributeValue(i)));
                } else {
                    xml.writeAttribute(in.getAttributePrefix(i), namespace, in.getAttributeLocalName(i),
                            clean(in.getAttributeValue(i)));
                }
            }
        } finally {
            in.close();
        }
    }

    void verbatim(String element) throws XMLStreamException {
        child();
        VerbatimXml.write(element, xml);
    }

    void end() throws XMLStreamException {
        if (open.pop()) {
            indent(open.size());
        }
        xml.writeEndElement();
    }

    private void child() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(Boolean.TRUE);
        }
        indent(open.size());
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    void attr(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, clean(value));
        }
    }

    void attr(String name, Boolean value) throws XMLStreamException {
        attr(name, value == null ? null : value.toString());
    }

    void attr(String name, BigDecimal value) throws XMLStreamException {
        attr(name, value == null ? null : value.toPlainString());
    }

    void attr(String name, LocalDate value) throws XMLStreamException {
        attr(name, value == null ? null : value.toString());
    }

    /**
     * Text content. A carriage return goes out as a character reference: written raw, every parser turns
     * CR LF into LF, and text typed into a browser (which sends CR LF) would not read back as it was.
     */
    private void chars(String text) throws XMLStreamException {
        String cleaned = clean(text);
        int from = 0;
        for (int cr = cleaned.indexOf('\r'); cr >= 0; cr = cleaned.indexOf('\r', from)) {
            xml.writeCharacters(cleaned.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(cleaned.substring(from));
    }

    void lang(String lang) throws XMLStreamException {
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", clean(lang));
    }

    void text(String name, String text) throws XMLStreamException {
        start(name);
        chars(text);
        // No indent before the end tag: the text is the element's whole content.
        open.pop();
        xml.writeEndElement();
    }

    void narrative(Narrative n) throws XMLStreamException {
        if (n == null) {
            return;
        }
        start("narrative");
        if (n.lang() != null) {
            lang(n.lang());
        }
        if (n.text() != null) {
            chars(n.text());
        }
        open.pop();
        xml.writeEndElement();
    }

    /** An element holding one narrative without a language: the model's single-text fields. */
    void narratives(String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        start(name);
        narrative(plain(text));
        end();
    }

    void code(String name, String code) throws XMLStreamException {
        if (code != null) {
            empty(name);
            attr("code", code);
        }
    }

    void date(String name, LocalDate date) throws XMLStreamException {
        if (date != null) {
            empty(name);
            attr("iso-date", date);
        }
    }

    void value(Money money, LocalDate fallbackValueDate) throws XMLStreamException {
        if (money == null) {
            return;
        }
        start("value");
        attr("currency", money.currency());
        attr("value-date", money.valueDate() != null ? money.valueDate() : fallbackValueDate);
        if (money.amount() != null) {
            xml.writeCharacters(money.amount().toPlainString());
        }
        open.pop();
        xml.writeEndElement();
    }

    /** The model's single-text fields carry no language: the activity's default applies. */
    static Narrative plain(String text) {
        return text == null ? null : new Narrative(null, text);
    }

    /** Drops what XML 1.0 cannot represent (its Char production); everything else passes unchanged. */
    static String clean(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (allowed && kept != null) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        return kept == null ? text : kept.toString();
    }
}
