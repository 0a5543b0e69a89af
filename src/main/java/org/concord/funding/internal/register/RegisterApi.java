package org.concord.funding.internal.register;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Funding: conditionality register", description = "Every donor's conditions on a country's institutions")
class RegisterApi {

    private final RegisterService service;

    RegisterApi(RegisterService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/funding/register")
    @Operation(summary = "A country's conditionality register",
            description = "The conditions of every agreement in force in the country, with their status, grouped per "
                    + "institution by what they ask: outcome conditions on the same indicator, process conditions "
                    + "whose words are alike (token-set Jaccard similarity of at least 0.5). acrossDonors: a group "
                    + "holds more than one donor's conditions; contradicting: the conditions whose target another "
                    + "donor's target in the group makes impossible. Fields a funder marked confidential are null.")
    RegisterService.Register register(@Parameter(description = "ISO 3166-1 alpha-2", required = true)
                                      @RequestParam(required = false) String country, Locale locale) {
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new InvalidInputException("country", "register.country");
        }
        return service.register(country, locale);
    }
}
