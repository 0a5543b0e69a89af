package org.concord.projects.internal.iati;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** Validation of IATI XML against the official schema, for tests and for checking an export before it goes out. */
public final class IatiSchemaValidation {

    private IatiSchemaValidation() {
    }

    /**
     * Every error the schema finds in {@code xml}, as "line L, column C: message"; empty when it is valid.
     * {@code schema} is the activities schema; the files it includes and imports are loaded from beside it,
     * with the same URL protocol, and from nowhere else. The document itself may load nothing: no DTD,
     * no schema hints.
     */
    public static List<String> validate(InputStream xml, URL schema) throws IOException {
        Schema compiled = compile(schema);
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are not schema violations.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(e));
            }
        };
        try {
            Validator validator = compiled.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(collect);
            validator.validate(new SAXSource(parser(), new InputSource(xml)));
        } catch (SAXParseException e) {
            // Not well-formed: fatalError has recorded it and parsing cannot go on.
            if (errors.isEmpty()) {
                errors.add(describe(e));
            }
        } catch (SAXException e) {
            throw new IOException("cannot validate IATI XML", e);
        }
        return List.copyOf(errors);
    }

    private static Schema compile(URL schema) {
        // The JDK's implementations, whose security properties and features below are known to hold.
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            // Secure processing first: set explicitly it closes all external access, which the next
            // line reopens for the schema's own protocol only (file: in a build, jar: in a packaged app).
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, schema.getProtocol());
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(schema);
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot load the IATI schema from " + schema, e);
        }
    }

    /** A parser that refuses DOCTYPEs: IATI files have none, and entities are the way to attack a parser. */
    private static XMLReader parser() throws SAXException {
        try {
            // The JDK's parser: the DOCTYPE feature below is its (Xerces') name.
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
    }

    private static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
    }
}
