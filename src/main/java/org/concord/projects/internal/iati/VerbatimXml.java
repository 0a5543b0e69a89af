package org.concord.projects.internal.iati;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies one element, everything inside it included, from a reader to a writer as it stands: elements and attributes
 * with their namespaces, text, CDATA and comments. Namespace declarations are made where the copy first needs them,
 * whatever enclosing element declared them in the source, so that the copy stands alone: kept as a string
 * ({@link #capture}) it can be written into another document ({@link #write}) and reads back the same. Used for the
 * elements Concord does not model ({@link IatiActivity.Extra}).
 */
final class VerbatimXml {

    private VerbatimXml() {
    }

    /** The element the reader is on (START_ELEMENT), as a standalone string; the reader ends on its end tag. */
    static String capture(XMLStreamReader in) throws XMLStreamException {
        StringWriter text = new StringWriter();
        XMLStreamWriter out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        copy(in, out);
        out.flush();
        return text.toString();
    }

    /** Writes a string {@link #capture} made into {@code out}, at the writer's current position. */
    static void write(String xml, XMLStreamWriter out) throws XMLStreamException {
        XMLStreamReader in = SecureXml.inputFactory().createXMLStreamReader(new StringReader(xml));
        try {
            while (in.next() != XMLStreamReader.START_ELEMENT) {
                // to the element
            }
            copy(in, out);
        } finally {
            in.close();
        }
    }

    private static void copy(XMLStreamReader in, XMLStreamWriter out) throws XMLStreamException {
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        int depth = 0;
        int event = in.getEventType();
        while (true) {
            switch (event) {
                case XMLStreamReader.START_ELEMENT -> {
                    String prefix = nullToEmpty(in.getPrefix());
                    String uri = nullToEmpty(in.getNamespaceURI());
                    out.writeStartElement(prefix, in.getLocalName(), uri);
                    scopes.push(new HashMap<>());
                    declare(scopes, out, prefix, uri);
                    for (int i = 0; i < in.getNamespaceCount(); i++) {
                        declare(scopes, out, nullToEmpty(in.getNamespacePrefix(i)), nullToEmpty(in.getNamespaceURI(i)));
                    }
                    for (int i = 0; i < in.getAttributeCount(); i++) {
                        String attributeUri = nullToEmpty(in.getAttributeNamespace(i));
                        String attributePrefix = nullToEmpty(in.getAttributePrefix(i));
                        if (attributeUri.isEmpty()) {
                            out.writeAttribute(in.getAttributeLocalName(i), in.getAttributeValue(i));
                        } else {
                            declare(scopes, out, attributePrefix, attributeUri);
                            out.writeAttribute(attributePrefix, attributeUri, in.getAttributeLocalName(i),
                                    in.getAttributeValue(i));
                        }
                    }
                    depth++;
                }
                case XMLStreamReader.END_ELEMENT -> {
                    out.writeEndElement();
                    scopes.pop();
                    depth--;
                }
                case XMLStreamReader.CHARACTERS, XMLStreamReader.SPACE ->
                        out.writeCharacters(IatiXmlOut.clean(in.getText()));
                case XMLStreamReader.CDATA -> out.writeCData(in.getText());
                case XMLStreamReader.COMMENT -> out.writeComment(in.getText());
                default -> {
                    // processing instructions and the like carry nothing of the element
                }
            }
            if (depth == 0) {
                return;
            }
            event = in.next();
        }
    }

    /** Declares prefix → uri on the element just started unless the copy has it in effect already. */
    private static void declare(Deque<Map<String, String>> scopes, XMLStreamWriter out, String prefix, String uri)
            throws XMLStreamException {
        if (prefix.equals(XMLConstants.XML_NS_PREFIX)) {
            return;
        }
        String effective = prefix.isEmpty() ? "" : null;
        for (Map<String, String> scope : scopes) {
            if (scope.containsKey(prefix)) {
                effective = scope.get(prefix);
                break;
            }
        }
        if (uri.equals(effective)) {
            return;
        }
        if (prefix.isEmpty()) {
            out.writeDefaultNamespace(uri);
        } else {
            out.writeNamespace(prefix, uri);
        }
        scopes.peek().put(prefix, uri);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
