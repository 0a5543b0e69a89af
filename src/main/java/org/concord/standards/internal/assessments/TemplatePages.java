package org.concord.standards.internal.assessments;

import java.util.List;
import java.util.Locale;
import org.concord.shared.InvalidInputException;
import org.concord.shared.Language;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.web.FormErrors;
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

/**
 * The pages that create and edit assessment templates, one language's texts at a time. Without JavaScript: the
 * buttons that add or remove a risk area or a question post the form, which comes back with the row added or
 * removed and nothing saved. Saving goes through {@link TemplateService} as the API does: a template an assessment
 * uses gets its next edition.
 */
@Controller
@RequestMapping("/standards/assessments/templates")
class TemplatePages {

    private final TemplateService templates;
    private final AssessmentPermissions permissions;

    TemplatePages(TemplateService templates, AssessmentPermissions permissions) {
        this.templates = templates;
        this.permissions = permissions;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        CurrentActor.enforce(a -> permissions.mayWriteTemplates());
        model.addAttribute("form", TemplatePageForm.blank());
        return page(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") TemplatePageForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentActor.enforce(a -> permissions.mayWriteTemplates());
        if (!"save".equals(action)) {
            return rearrange(form, action, model, null);
        }
        if (!binding.hasErrors() && checked(form, binding)) {
            try {
                Template created = templates.create(form.merge(null));
                redirect.addFlashAttribute("notice", "assessment.template.notice.created");
                return "redirect:/standards/assessments/templates/" + created.id();
            } catch (InvalidInputException e) {
                apply(e, binding);
            }
        }
        return page(model, null);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @RequestParam(required = false) String language, Model model, Locale locale) {
        CurrentActor.enforce(a -> permissions.mayWriteTemplates());
        Template template = templates.get(id);
        String chosen = language != null && known(language) ? language : Language.ofOrDefault(locale).tag();
        model.addAttribute("form", TemplatePageForm.of(template, chosen));
        return page(model, template);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") TemplatePageForm form, BindingResult binding,
                  @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        CurrentActor.enforce(a -> permissions.mayWriteTemplates());
        Template current = templates.get(id);
        if (!"save".equals(action)) {
            return rearrange(form, action, model, current);
        }
        if (!binding.hasErrors() && checked(form, binding)) {
            try {
                Template saved = templates.update(id, form.merge(current));
                redirect.addFlashAttribute("notice", saved.id() != id
                        ? "assessment.template.notice.new-edition" : "assessment.template.notice.saved");
                return "redirect:/standards/assessments/templates/" + saved.id();
            } catch (InvalidInputException e) {
                apply(e, binding);
            }
        }
        return page(model, current);
    }

    /** Adds or removes a row as the button asked ("add-section", "add-question:0", "remove-question:0:1"...). */
    private String rearrange(TemplatePageForm form, String action, Model model, Template current) {
        String[] parts = action.split(":");
        try {
            switch (parts[0]) {
                case "add-section" -> form.addSection();
                case "add-question" -> form.addQuestion(Integer.parseInt(parts[1]));
                case "remove-section" -> form.removeSection(Integer.parseInt(parts[1]));
                case "remove-question" -> form.removeQuestion(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> { }
            }
        } catch (RuntimeException e) {
            // a button's value the page never sends: nothing to rearrange
        }
        return page(model, current);
    }

    private static boolean checked(TemplatePageForm form, BindingResult binding) {
        List<InvalidInputException.FieldError> errors = form.check();
        if (!known(form.getLanguage())) {
            errors.add(new InvalidInputException.FieldError("language", "language-tag"));
        }
        if (!errors.isEmpty()) {
            FormErrors.apply(new InvalidInputException(errors), binding);
        }
        return errors.isEmpty();
    }

    /** The service's refusals beside the page's fields (it names the fields of the API's form). */
    private static void apply(InvalidInputException e, BindingResult binding) {
        FormErrors.apply(new InvalidInputException(e.errors().stream()
                .map(f -> new InvalidInputException.FieldError(TemplatePageForm.pageField(f.field()), f.rule(), f.arguments()))
                .toList()), binding);
    }

    private static boolean known(String language) {
        return java.util.Arrays.stream(Language.values()).anyMatch(l -> l.tag().equals(language));
    }

    private String page(Model model, Template current) {
        model.addAttribute("template", current);
        model.addAttribute("languages", Language.values());
        TemplatePageForm form = (TemplatePageForm) model.getAttribute("form");
        String language = known(form.getLanguage()) ? form.getLanguage() : "en";
        model.addAttribute("formLanguage", language);
        model.addAttribute("formLanguageName", java.util.Arrays.stream(Language.values())
                .filter(l -> l.tag().equals(language)).findFirst().orElse(Language.EN).nativeName());
        return "standards/assessments/template-form";
    }
}
