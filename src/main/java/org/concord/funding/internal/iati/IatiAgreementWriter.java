package org.concord.funding.internal.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.concord.funding.internal.view.AgreementDetail;

/**
 * Writes an agreement as one IATI 2.03 activity: the funder reports it (participating-org role 1, Funding), the
 * recipient implements it (role 4); the total is a committed budget, tranches are planned disbursements, releases are
 * disbursement transactions (type 3); the conditions are IATI conditions (process as Policy, type 1; outcome as
 * Performance, type 2) and each condition's target and verification is a result. Fields the reader may not see
 * (null in the {@link AgreementDetail}) are left out, so a public export keeps what the funder keeps confidential.
 */
public final class IatiAgreementWriter {

    /** How the parties are named in IATI: their IATI organisation identifier and organisation type code. */
    public record IatiParty(String ref, String type) {
    }

    private static final Map<String, String> ACTIVITY_STATUS = Map.of(
            "ACTIVE", "2", "COMPLETED", "4", "SUSPENDED", "6", "CANCELLED", "5");

    private final XMLStreamWriter xml;

    private IatiAgreementWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public static void write(AgreementDetail a, IatiParty funder, IatiParty recipient, Instant now, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("iati-activities");
            xml.writeAttribute("version", "2.03");
            xml.writeAttribute("generated-datetime", now.toString());
            new IatiAgreementWriter(xml).activity(a, funder, recipient, now);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write IATI XML", e);
        }
    }

    /** The activity identifier: the one the funder gave, else the funder's reference and the agreement's number. */
    public static String identifier(AgreementDetail a, IatiParty funder) {
        return a.iatiIdentifier() != null ? a.iatiIdentifier() : funder.ref() + "-FUNDING-" + a.id();
    }

    private void activity(AgreementDetail a, IatiParty funder, IatiParty recipient, Instant now) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        if (a.currency() != null) {
            xml.writeAttribute("default-currency", a.currency());
        }
        xml.writeAttribute("last-updated-datetime", now.toString());
        text("iati-identifier", identifier(a, funder));
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", funder.ref());
        xml.writeAttribute("type", funder.type());
        narrative(a.funder().name());
        xml.writeEndElement();
        xml.writeStartElement("title");
        narrative(a.title());
        xml.writeEndElement();
        xml.writeStartElement("description");
        xml.writeAttribute("type", "1");
        narrative(a.description() != null ? a.description() : a.title());
        xml.writeEndElement();
        participant(funder, "1", a.funder().name());
        participant(recipient, "4", a.recipient().name());
        empty("activity-status", "code", ACTIVITY_STATUS.getOrDefault(a.status(), "2"));
        date("activity-date", "1", a.startDate());
        date("activity-date", "3", a.endDate());
        empty("recipient-country", "code", a.country());
        if (a.totalAmount() != null) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "2");
            period(a.startDate(), a.endDate());
            value(a.totalAmount(), a.currency(), a.startDate());
            xml.writeEndElement();
        }
        for (AgreementDetail.TrancheView t : a.tranches()) {
            if (t.plannedAmount() != null) {
                xml.writeStartElement("planned-disbursement");
                xml.writeAttribute("type", "1");
                dated("period-start", t.plannedDate());
                value(t.plannedAmount(), a.currency(), t.plannedDate());
                xml.writeEndElement();
            }
        }
        for (AgreementDetail.TrancheView t : a.tranches()) {
            if (t.releasedOn() != null && t.releasedAmount() != null) {
                xml.writeStartElement("transaction");
                empty("transaction-type", "code", "3");
                dated("transaction-date", t.releasedOn());
                value(t.releasedAmount(), a.currency(), t.releasedOn());
                xml.writeStartElement("description");
                narrative("Tranche " + t.position());
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
        conditions(a);
        for (AgreementDetail.ConditionView c : a.conditions()) {
            if (c.text() != null) {
                result(a, c);
            }
        }
        xml.writeEndElement();
    }

    private void conditions(AgreementDetail a) throws XMLStreamException {
        xml.writeStartElement("conditions");
        xml.writeAttribute("attached", a.conditions().isEmpty() ? "0" : "1");
        for (AgreementDetail.ConditionView c : a.conditions()) {
            if (c.text() != null) {
                xml.writeStartElement("condition");
                xml.writeAttribute("type", "OUTCOME".equals(c.kind()) ? "2" : "1");
                narrative(c.text());
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    /** A condition as a result: its target (outcome) or its verification (process, qualitative). */
    private void result(AgreementDetail a, AgreementDetail.ConditionView c) throws XMLStreamException {
        boolean outcome = "OUTCOME".equals(c.kind());
        xml.writeStartElement("result");
        xml.writeAttribute("type", outcome ? "2" : "1");
        xml.writeStartElement("title");
        narrative(c.text());
        xml.writeEndElement();
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", outcome ? "1" : "5");
        if (outcome && c.comparator() != null) {
            xml.writeAttribute("ascending", String.valueOf("AT_LEAST".equals(c.comparator())));
        }
        xml.writeStartElement("title");
        narrative(outcome ? "Indicator " + c.indicatorId() : c.text());
        xml.writeEndElement();
        if (outcome && c.baselineValue() != null) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", String.valueOf(a.startDate().getYear()));
            xml.writeAttribute("value", c.baselineValue().toPlainString());
            xml.writeEndElement();
        }
        xml.writeStartElement("period");
        period(a.startDate(), c.dueDate() != null ? c.dueDate() : a.endDate());
        if (outcome && c.targetValue() != null) {
            xml.writeStartElement("target");
            xml.writeAttribute("value", c.targetValue().toPlainString());
            xml.writeEndElement();
        }
        if (!"OPEN".equals(c.status()) && !"SUBMITTED".equals(c.status())) {
            xml.writeStartElement("actual");
            if (c.metShare() != null) {
                xml.writeAttribute("value", c.metShare().stripTrailingZeros().toPlainString());
            }
            xml.writeStartElement("comment");
            narrative(c.waived() ? "Waived: " + c.waiverJustification() : "Verified: " + c.status());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void participant(IatiParty party, String role, String name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("ref", party.ref());
        xml.writeAttribute("type", party.type());
        xml.writeAttribute("role", role);
        narrative(name);
        xml.writeEndElement();
    }

    private void period(LocalDate start, LocalDate end) throws XMLStreamException {
        dated("period-start", start);
        dated("period-end", end);
    }

    private void value(BigDecimal amount, String currency, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
    }

    private void date(String element, String type, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("type", type);
        xml.writeAttribute("iso-date", date.toString());
    }

    private void dated(String element, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("iso-date", date.toString());
    }

    private void empty(String element, String attribute, String value) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute(attribute, value);
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        text("narrative", text);
    }
}
