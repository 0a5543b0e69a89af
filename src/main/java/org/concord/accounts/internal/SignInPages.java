package org.concord.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.concord.shared.InvalidInputException;
import org.concord.shared.web.FormErrors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignInPages {

    private final AccountService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/sign-in")
    String signIn() {
        return "accounts/sign-in";
    }

    @GetMapping(PasswordChangeFilter.PAGE)
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "accounts/password";
    }

    @PostMapping(PasswordChangeFilter.PAGE)
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "accounts/password";
        }
        try {
            accounts.changeOwnPassword(form);
        } catch (InvalidInputException e) {
            FormErrors.apply(e, binding);
            return "accounts/password";
        }
        // the session's copy of the principal no longer needs a password change
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        AccountPrincipal principal = ((AccountPrincipal) current.getPrincipal()).passwordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/";
    }
}
