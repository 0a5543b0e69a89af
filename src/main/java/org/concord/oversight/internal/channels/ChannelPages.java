package org.concord.oversight.internal.channels;

import java.util.Locale;
import org.concord.oversight.Category;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Language;
import org.concord.shared.web.FormErrors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Administration of a body's channels: list, open, change. */
@Controller
@RequestMapping("/oversight/channels")
class ChannelPages {

    static final int BLANK_QUESTIONS = 3;

    private final ChannelService service;
    private final ChannelPermissions permissions;

    ChannelPages(ChannelService service, ChannelPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        org.concord.shared.security.CurrentActor.check(permissions.mayAdministerAny());
        model.addAttribute("channels", service.administered(locale));
        model.addAttribute("bodies", service.bodies(locale));
        return "oversight/channels";
    }

    @GetMapping("/new")
    String newForm(@RequestParam long organisationId, Model model, Locale locale) {
        permissions.checkMayAdminister(organisationId);
        ChannelForm form = new ChannelForm();
        form.setOrganisationId(organisationId);
        form.getCategories().addAll(java.util.List.of(Category.values()));
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") ChannelForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            service.create(form);
            redirect.addFlashAttribute("notice", "oversight.channel.saved");
            return "redirect:/oversight/channels";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
        }
        return form(model, null);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", service.formOf(id));
        return form(model, id);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") ChannelForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        try {
            service.update(id, form);
            redirect.addFlashAttribute("notice", "oversight.channel.saved");
            return "redirect:/oversight/channels";
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
        } catch (ObjectOptimisticLockingFailureException e) {
            binding.reject("error.conflict");
        }
        return form(model, id);
    }

    private String form(Model model, Long id) {
        ChannelForm form = (ChannelForm) model.getAttribute("form");
        for (Language language : Language.values()) {
            if (form.getTexts().stream().noneMatch(t -> language.tag().equals(t.getLanguage()))) {
                ChannelForm.TextRow row = new ChannelForm.TextRow();
                row.setLanguage(language.tag());
                form.getTexts().add(row);
            }
        }
        for (int i = 0; i < BLANK_QUESTIONS; i++) {
            form.getQuestions().add(new ChannelForm.QuestionRow());
        }
        model.addAttribute("channelId", id);
        model.addAttribute("languages", Language.values());
        model.addAttribute("kinds", Questionnaire.Kind.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("officers", form.getOrganisationId() == null ? java.util.List.of()
                : service.recipientChoices(form.getOrganisationId()));
        return "oversight/channel-form";
    }
}
