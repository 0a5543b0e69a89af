package org.concord.funding.internal.register;

import java.util.Locale;
import org.concord.shared.Countries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public conditionality register of a country. */
@Controller
class RegisterPages {

    private final RegisterService service;
    private final Countries countries;

    RegisterPages(RegisterService service, Countries countries) {
        this.service = service;
        this.countries = countries;
    }

    @GetMapping("/funding/register/{code:[A-Z]{2}}")
    String register(@PathVariable String code, Model model, Locale locale) {
        var country = countries.find(code, locale)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country has the code " + code));
        model.addAttribute("country", country);
        model.addAttribute("register", service.register(code, locale));
        return "funding/register";
    }
}
