package org.concord.portal.internal;

import java.util.Locale;
import org.concord.organisations.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

    private final Organisations organisations;

    HomePage(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        model.addAttribute("organisationCount", organisations.count());
        return "home";
    }
}
