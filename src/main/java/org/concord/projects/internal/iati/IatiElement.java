package org.concord.projects.internal.iati;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One element of the activity being read, as {@link IatiReader} found it and {@link IatiActivityMapper} maps it. */
final class IatiElement implements ActivityRules.Place {

    /** Elements that may repeat among their siblings, which paths number: transaction[2]. */
    private static final Set<String> REPEATABLE = Set.of("iati-activity", "narrative", "participating-org",
            "description", "activity-date", "recipient-country", "recipient-region", "location", "sector",
            "policy-marker", "default-aid-type", "aid-type", "budget", "transaction", "document-link", "category", "language",
            "related-activity", "result", "indicator", "baseline", "period", "target", "actual");

    final String name;
    final IatiElement parent;
    final int position;
    final Map<String, String> attributes;
    final List<IatiElement> children = new ArrayList<>();
    private StringBuilder text;
    private Map<String, Integer> positions;
    boolean tooLarge;
    private List<IatiActivity.Extra> extras;

    IatiElement(String name, IatiElement parent, int position, Map<String, String> attributes) {
        this.name = name;
        this.parent = parent;
        this.position = position;
        this.attributes = attributes;
    }

    /** The children kept as published (IatiActivity.Extra), in document order. */
    List<IatiActivity.Extra> extras() {
        if (extras == null) {
            extras = new ArrayList<>();
        }
        return extras;
    }

    /** Whether elements of other namespaces were kept inside it. */
    boolean hasExtras() {
        return extras != null && !extras.isEmpty();
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

    IatiElement child(String childName) {
        for (IatiElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    List<IatiElement> all(String childName) {
        List<IatiElement> found = new ArrayList<>();
        for (IatiElement child : children) {
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

    @Override
    public String path() {
        String self = REPEATABLE.contains(name) ? name + "[" + position + "]" : name;
        return parent == null ? self : parent.path() + "/" + self;
    }

    /** xml:lang of this element or the nearest enclosing one inside the activity (not the activity's own). */
    String language() {
        for (IatiElement e = this; e != null && e.parent != null; e = e.parent) {
            String lang = e.attr("xml:lang");
            if (lang != null) {
                return lower(lang);
            }
        }
        return null;
    }

    /**
     * This element as XML, as read: its attributes (xml:lang as such), its own text where not blank, its children.
     * Elements of other namespaces inside were skipped by the reader and are not in it.
     */
    String toXml() {
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            javax.xml.stream.XMLStreamWriter out = javax.xml.stream.XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(text);
            write(out);
            out.flush();
            return text.toString();
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException("cannot write an element read", e);
        }
    }

    private void write(javax.xml.stream.XMLStreamWriter out) throws javax.xml.stream.XMLStreamException {
        out.writeStartElement(name);
        Map<String, String> prefixes = new HashMap<>();
        for (Map.Entry<String, String> attribute : new java.util.TreeMap<>(attributes).entrySet()) {
            if (attribute.getKey().startsWith("{")) {
                int end = attribute.getKey().indexOf('}');
                String namespace = attribute.getKey().substring(1, end);
                String prefix = prefixes.get(namespace);
                if (prefix == null) {
                    prefix = "ns" + (prefixes.size() + 1);
                    prefixes.put(namespace, prefix);
                    out.writeNamespace(prefix, namespace);
                }
                out.writeAttribute(prefix, namespace, attribute.getKey().substring(end + 1),
                        IatiXmlOut.clean(attribute.getValue()));
            } else if (attribute.getKey().equals("xml:lang")) {
                out.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang",
                        IatiXmlOut.clean(attribute.getValue()));
            } else {
                out.writeAttribute(attribute.getKey(), IatiXmlOut.clean(attribute.getValue()));
            }
        }
        String own = text();
        if (own != null) {
            out.writeCharacters(IatiXmlOut.clean(own));
        }
        for (IatiElement child : children) {
            child.write(out);
        }
        if (hasExtras() && parent != null && !(name.equals("transaction") && parent.parent == null)) {
            // elements of other namespaces inside (those directly in an activity or a transaction are its extras)
            for (IatiActivity.Extra extra : extras) {
                VerbatimXml.write(extra.xml(), out);
            }
        }
        out.writeEndElement();
    }

    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
