package org.concord.funding.internal.iati;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code conditions} element of the first IATI activity in a file: each condition's type (1 Policy,
 * 2 Performance, 3 Fiduciary) and its first narrative. A file that says {@code attached="0"} has none. No DTD or
 * external entity is ever loaded.
 */
public final class IatiConditionsReader {

    /** One IATI condition: its ConditionType code and text. */
    public record IatiCondition(String type, String text) {
    }

    private IatiConditionsReader() {
    }

    public static List<IatiCondition> read(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        List<IatiCondition> conditions = new ArrayList<>();
        int activities = 0;
        boolean inConditions = false;
        boolean attached = false;
        String type = null;
        String text = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "iati-activity" -> activities++;
                    case "conditions" -> {
                        inConditions = activities == 1;
                        String value = xml.getAttributeValue(null, "attached");
                        attached = "1".equals(value) || "true".equals(value);
                    }
                    case "condition" -> {
                        type = xml.getAttributeValue(null, "type");
                        text = null;
                    }
                    case "narrative" -> {
                        if (inConditions && type != null && text == null) {
                            text = xml.getElementText().strip();
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("condition") && inConditions && attached && type != null) {
                    if (text != null && !text.isEmpty()) {
                        conditions.add(new IatiCondition(type, text));
                    }
                    type = null;
                } else if (xml.getLocalName().equals("conditions")) {
                    inConditions = false;
                }
            }
        }
        return conditions;
    }
}
