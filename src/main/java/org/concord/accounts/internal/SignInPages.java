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
import org.springframework.security.web.csrf.CsrfToken;
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
    private final AccountDetails details;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInPages(AccountService accounts, AccountDetails details) {
        this.accounts = accounts;
        this.details = details;
    }

    @GetMapping("/sign-in")
    String signIn(CsrfToken csrf) {
        // the form's token goes into a cookie (CsrfTokens): set it now, before the page starts being sent
        csrf.getToken();
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
        // this session carries on with the new password (no longer to be changed); the account's other sessions end
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        AccountPrincipal principal = details.reload(((AccountPrincipal) current.getPrincipal()).actor().accountId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/";
    }
}
