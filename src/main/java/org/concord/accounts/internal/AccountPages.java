package org.concord.accounts.internal;

import jakarta.validation.Valid;
import java.util.Locale;
import org.concord.accounts.internal.secondfactor.SecondFactors;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Role;
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
 * Administrators create accounts, give them roles within organisations, deactivate them, reset passwords, and lift
 * the sign-in throttle of an account, and reset a person's second factor.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountPages {

    private final AccountService accounts;
    private final Organisations organisations;
    private final SecondFactors secondFactors;

    AccountPages(AccountService accounts, Organisations organisations, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.secondFactors = secondFactors;
    }

    /** Removes the account's second factor (a lost phone): its owner enrols again at the next sign-in. Audited. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        accounts.get(id);
        secondFactors.reset(id);
        redirect.addFlashAttribute("notice", "second-factor.reset.done");
        return "redirect:/admin/accounts/" + id;
    }

    @GetMapping
    String list(Model model, Locale locale) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("organisationNames", organisations.names(locale));
        return "accounts/list";
    }

    @GetMapping("/new")
    String newForm(Model model, Locale locale) {
        model.addAttribute("form", new AccountForm().withBlankRows());
        return form(model, locale, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, locale, null);
        }
        try {
            AccountService.Created created = accounts.create(form);
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            return "redirect:/admin/accounts/" + created.id();
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return form(model, locale, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model, Locale locale) {
        AccountView account = accounts.get(id);
        AccountForm form = new AccountForm();
        form.setUsername(account.username());
        form.setDisplayName(account.displayName());
        form.setEmail(account.email());
        account.grants().forEach(g -> form.getGrants().add(new AccountForm.GrantRow(g.role(), g.organisationId())));
        model.addAttribute("form", form.withBlankRows());
        return form(model, locale, account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
                  Model model, Locale locale, RedirectAttributes redirect) {
        AccountView account = accounts.get(id);
        form.setUsername(account.username());
        if (!binding.hasErrors()) {
            try {
                accounts.update(id, form);
                redirect.addFlashAttribute("notice", "account.saved");
                return "redirect:/admin/accounts/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding);
            }
        }
        return form(model, locale, account);
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            accounts.setActive(id, active);
            redirect.addFlashAttribute("notice", active ? "account.activated" : "account.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.errors().get(0).messageKey());
        }
        return "redirect:/admin/accounts/" + id;
    }

    /** Lifts the sign-in throttle of the account: its owner may try again at once from anywhere. */
    @PostMapping("/{id}/unlock")
    String unlockSignIn(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlockSignIn(id);
        redirect.addFlashAttribute("notice", "account.sign-in-unlocked");
        return "redirect:/admin/accounts/" + id;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(id));
        return "redirect:/admin/accounts/" + id;
    }

    private String form(Model model, Locale locale, AccountView account) {
        model.addAttribute("account", account);
        if (account != null) {
            java.util.List<SignInThrottle.Count> counts = accounts.signInThrottle(account.id());
            model.addAttribute("signInCounts", counts);
            model.addAttribute("secondFactor", secondFactors.status(account.id()));
            model.addAttribute("signInRefusedFrom", counts.stream().filter(c -> c.refusedUntil() != null).count());
        }
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", accounts.grantChoices(locale));
        return "accounts/form";
    }
}
