package org.concord.projects.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The official IATI codelists (Currency, Country, Sector …), read from {@code iati/codelists/<Name>.xml} on the
 * classpath; see the README there for their source. Each list is read once, on first use, and kept: the files
 * are part of the application and never change while it runs.
 *
 * <p>Codes compare exactly as published in the codelist (Currency and Country upper case, Language lower
 * case). Withdrawn codes count as valid, since older activities legitimately use them.
 */
public final class IatiCodelists {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z-]*");

    private final String location;
    private final Map<String, Map<String, String>> lists = new ConcurrentHashMap<>();

    IatiCodelists(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** The codelists shipped with Concord. */
    public static IatiCodelists standard() {
        return Standard.INSTANCE;
    }

    /** Whether {@code code} is in the codelist named {@code codelist} (e.g. "Currency"). */
    public boolean isValid(String codelist, String code) {
        return code != null && list(codelist).containsKey(code);
    }

    /** The English name of {@code code}, if the code is in the codelist and has a name. */
    public Optional<String> name(String codelist, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(list(codelist).get(code));
    }

    /** Every code of the codelist, in the codelist's order. */
    public Set<String> codes(String codelist) {
        return Collections.unmodifiableSet(list(codelist).keySet());
    }

    /** @throws IllegalArgumentException when no codelist has that name: a mistake in the calling code */
    private Map<String, String> list(String codelist) {
        if (codelist == null || !NAME.matcher(codelist).matches()) {
            throw new IllegalArgumentException("not a codelist name: " + codelist);
        }
        return lists.computeIfAbsent(codelist, this::load);
    }

    private Map<String, String> load(String codelist) {
        String resource = location + codelist + ".xml";
        try (InputStream in = IatiCodelists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no IATI codelist " + codelist + " (" + resource + ")");
            }
            return Collections.unmodifiableMap(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not read " + resource + ": " + SecureXml.describe(e), e);
        }
    }

    /** code → English name (null when the item has none), from codelist-items/codelist-item. */
    private static Map<String, String> parse(InputStream in) throws XMLStreamException {
        Map<String, String> codes = new LinkedHashMap<>();
        XMLStreamReader xml = SecureXml.reader(in);
        try {
            String code = null;
            String name = null;
            boolean inName = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "codelist-item" -> {
                            code = null;
                            name = null;
                        }
                        case "code" -> code = xml.getElementText().strip();
                        case "name" -> inName = true;
                        case "narrative" -> {
                            // the codelist's own language is English; other narratives carry xml:lang
                            String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                            String text = xml.getElementText().strip();
                            if (inName && name == null && (lang == null || lang.equalsIgnoreCase("en"))) {
                                name = text;
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "name" -> inName = false;
                        case "codelist-item" -> {
                            if (code != null && !code.isEmpty()) {
                                codes.put(code, name);
                            }
                        }
                        default -> { }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return codes;
    }

    private static final class Standard {
        static final IatiCodelists INSTANCE = new IatiCodelists("iati/codelists/");
    }
}
