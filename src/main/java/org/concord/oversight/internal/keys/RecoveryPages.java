package org.concord.oversight.internal.keys;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.concord.oversight.internal.channels.ChannelPermissions;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The body administrator's recovery key: make it once, use it to give recipients access again. */
@Controller
@RequestMapping("/oversight/recovery/{organisationId:\\d+}")
class RecoveryPages {

    private final RecoveryKeys recovery;
    private final ChannelPermissions permissions;
    private final Organisations organisations;
    private final MessageSource messages;

    RecoveryPages(RecoveryKeys recovery, ChannelPermissions permissions, Organisations organisations,
                  MessageSource messages) {
        this.recovery = recovery;
        this.permissions = permissions;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping
    String page(@PathVariable long organisationId, Model model, Locale locale) {
        permissions.checkMayAdminister(organisationId);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("body", organisations.find(organisationId, locale).map(o -> o.name())
                .orElseThrow(() -> new NotFoundException("organisation", organisationId)));
        model.addAttribute("recoveryKey", recovery.find(organisationId).orElse(null));
        return "oversight/recovery";
    }

    @PostMapping
    String create(@PathVariable long organisationId, @RequestParam(required = false) String passphrase, Model model,
                  Locale locale, HttpServletResponse response) {
        try {
            Optional<String> privateKey = recovery.create(organisationId, passphrase);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("privateKey", privateKey.orElse(null));
            model.addAttribute("created", true);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("error", message(e, locale));
        }
        return page(organisationId, model, locale);
    }

    @PostMapping("/restore")
    String restore(@PathVariable long organisationId, @RequestParam(required = false) String recoveryKey, Model model,
                   Locale locale, HttpServletResponse response) {
        try {
            model.addAttribute("restored", recovery.restoreAccess(organisationId, recoveryKey));
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("error", message(e, locale));
        }
        return page(organisationId, model, locale);
    }

    private String message(InvalidInputException e, Locale locale) {
        var error = e.errors().get(0);
        return messages.getMessage(error.messageKey(), error.arguments(), error.rule(), locale);
    }
}
