package org.concord.funding.internal.iati;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.concord.funding.internal.agreements.AgreementService;
import org.concord.funding.internal.agreements.ConditionForm;
import org.concord.funding.internal.agreements.ConditionKind;
import org.concord.funding.internal.view.AgreementDetail;
import org.concord.funding.internal.view.AgreementReader;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An agreement as IATI 2.03 activity XML, and the import of an IATI {@code conditions} element into an agreement. */
@RestController
@Tag(name = "Funding")
class IatiPages {

    private final AgreementReader reader;
    private final AgreementService agreements;
    private final Organisations organisations;
    private final Clock clock;

    IatiPages(AgreementReader reader, AgreementService agreements, Organisations organisations, Clock clock) {
        this.reader = reader;
        this.agreements = agreements;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping({"/funding/agreements/{id:\\d+}/iati.xml", "/api/v1/funding/agreements/{id}/iati.xml"})
    @Operation(summary = "The agreement as an IATI 2.03 activity", description = "Conditions, budget, planned disbursements "
            + "(tranches), transactions (releases as disbursements) and results; what the reader may not see is left out.")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        AgreementDetail agreement = reader.read(id, Locale.ENGLISH);
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"funding-agreement-" + id + ".xml\"");
        IatiAgreementWriter.write(agreement, party(agreement.funder().id()), party(agreement.recipient().id()),
                clock.instant(), response.getOutputStream());
    }

    @PostMapping(value = "/api/v1/funding/agreements/{id}/iati-conditions",
            consumes = {"application/xml", "text/xml"})
    @Operation(summary = "Add the conditions of an IATI activity file to an agreement",
            description = "Reads the first activity's conditions element; conditions whose text the agreement has are "
                    + "left out. Each becomes a process condition: an IATI condition names no indicator.")
    Map<String, Integer> importConditions(@PathVariable long id, InputStream body) {
        List<IatiConditionsReader.IatiCondition> read;
        try {
            read = IatiConditionsReader.read(body);
        } catch (XMLStreamException e) {
            throw new InvalidInputException("file", "iati-conditions", e.getMessage());
        }
        List<ConditionForm> forms = new ArrayList<>();
        for (IatiConditionsReader.IatiCondition c : read) {
            ConditionForm form = new ConditionForm();
            form.setKind(ConditionKind.PROCESS);
            form.setText(c.text());
            forms.add(form);
        }
        return Map.of("read", read.size(), "added", agreements.importConditions(id, forms));
    }

    private IatiAgreementWriter.IatiParty party(long organisationId) {
        OrganisationView o = organisations.find(organisationId, Locale.ENGLISH).orElse(null);
        String ref = o != null && o.iatiIdentifier() != null ? o.iatiIdentifier() : "XI-CONCORD-" + organisationId;
        return new IatiAgreementWriter.IatiParty(ref, o == null ? "10" : typeCode(o.type()));
    }

    /** The IATI OrganisationType code of a directory type. */
    static String typeCode(OrganisationType type) {
        return switch (type) {
            case INTERNATIONAL_ORGANISATION, REGIONAL_ORGANISATION -> "40";
            case CIVIL_SOCIETY -> "22";
            case ACADEMIC_TRAINING_CENTRE -> "80";
            default -> "10";
        };
    }
}
