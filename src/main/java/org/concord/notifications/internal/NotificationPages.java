package org.concord.notifications.internal;

import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.notifications.Delivery;
import org.concord.shared.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's inbox and preferences; plain forms, so that all of it works without JavaScript. */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

    static final int PAGE_SIZE = 20;

    private final NotificationService service;

    NotificationPages(NotificationService service) {
        this.service = service;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        model.addAttribute("result", service.ownInbox(page, PAGE_SIZE, locale));
        return "notifications/list";
    }

    @PostMapping("/{id:\\d+}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        service.markRead(id);
        return "redirect:/notifications" + (page > 0 ? "?page=" + page : "") + "#notification-" + id;
    }

    @PostMapping("/read")
    String markAllRead(RedirectAttributes redirect) {
        service.markAllRead();
        redirect.addFlashAttribute("notice", "notifications.all-marked");
        return "redirect:/notifications";
    }

    @GetMapping("/preferences")
    String preferences(Model model) {
        model.addAttribute("form", service.ownPreferences());
        return form(model);
    }

    @PostMapping("/preferences")
    String savePreferences(@Valid @ModelAttribute("form") PreferencesForm form, BindingResult binding, Model model,
                           RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        service.updateOwnPreferences(form);
        redirect.addFlashAttribute("notice", "notifications.preferences.saved");
        // the page follows the language just chosen, so the person sees the choice took
        return "redirect:/notifications/preferences?lang=" + form.getLanguage().tag();
    }

    private String form(Model model) {
        model.addAttribute("deliveries", Delivery.values());
        model.addAttribute("languages", Language.values());
        return "notifications/preferences";
    }
}
