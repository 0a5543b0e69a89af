package org.concord.accounts.internal.secondfactor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in (a code, or a recovery code), enrolment (QR code, the secret as text, a first code,
 * then the recovery codes shown once), and each person's own second-factor page.
 */
@Controller
class SecondFactorPages {

    static final String OWN = "/account/second-factor";

    private final SecondFactors factors;

    SecondFactorPages(SecondFactors factors) {
        this.factors = factors;
    }

    @GetMapping(SecondFactorFilter.PAGE)
    String step(Model model, HttpSession session) {
        Actor actor = CurrentActor.require();
        if (factors.status(actor.accountId()) != SecondFactors.Status.ENROLLED) {
            return factors.requiredByRole(actor) ? "redirect:" + SecondFactorFilter.ENROL : "redirect:/";
        }
        if (passed(session, actor)) {
            return "redirect:/";
        }
        model.addAttribute("form", new CodeForm());
        return "accounts/second-factor";
    }

    @PostMapping(SecondFactorFilter.PAGE)
    String pass(@ModelAttribute("form") CodeForm form, BindingResult binding, HttpServletRequest request,
                RedirectAttributes redirect) {
        Actor actor = CurrentActor.require();
        SecondFactors.Check check = factors.check(actor.accountId(), form.getCode(), false);
        switch (check.result()) {
            case NOT_ENROLLED:
                return "redirect:" + SecondFactorFilter.ENROL;
            case ACCEPTED:
            case RECOVERY_CODE_ACCEPTED:
                if (check.result() == SecondFactors.Result.RECOVERY_CODE_ACCEPTED) {
                    redirect.addFlashAttribute("notice", "second-factor.recovery-code-used");
                }
                return "redirect:" + markPassed(request, actor);
            default:
                refuse(binding, check);
                return "accounts/second-factor";
        }
    }

    @GetMapping(SecondFactorFilter.ENROL)
    String enrolment(Model model, HttpServletResponse response) {
        Optional<SecondFactors.Enrolment> enrolment = factors.enrolment();
        if (enrolment.isEmpty()) {
            return "redirect:" + SecondFactorFilter.PAGE;
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("enrolment", enrolment.get());
        model.addAttribute("form", new CodeForm());
        return "accounts/second-factor-enrol";
    }

    @PostMapping(SecondFactorFilter.ENROL)
    String confirm(@ModelAttribute("form") CodeForm form, BindingResult binding, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        Optional<SecondFactors.Confirmation> confirmation = factors.confirm(form.getCode());
        if (confirmation.isEmpty()) {
            return "redirect:" + SecondFactorFilter.PAGE;
        }
        response.setHeader("Cache-Control", "no-store");
        if (!confirmation.get().check().accepted()) {
            refuse(binding, confirmation.get().check());
            model.addAttribute("enrolment", factors.enrolment().orElseThrow());
            return "accounts/second-factor-enrol";
        }
        model.addAttribute("recoveryCodes", confirmation.get().recoveryCodes());
        model.addAttribute("next", markPassed(request, CurrentActor.require()));
        return "accounts/recovery-codes";
    }

    @GetMapping(OWN)
    String own(Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("status", factors.status(actor.accountId()));
        model.addAttribute("required", factors.requiredByRole(actor));
        model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(actor.accountId()));
        model.addAttribute("form", new CodeForm());
        return "accounts/second-factor-own";
    }

    @PostMapping(OWN + "/disable")
    String disable(@ModelAttribute("form") CodeForm form, BindingResult binding, Model model,
                   HttpSession session, RedirectAttributes redirect) {
        if (factors.disableOwn(form.getCode())) {
            session.removeAttribute(SecondFactorFilter.PASSED);
            session.removeAttribute(SecondFactorFilter.NOT_NEEDED);
            redirect.addFlashAttribute("notice", "second-factor.disabled");
            return "redirect:" + OWN;
        }
        binding.rejectValue("code", "error.second-factor-wrong-code");
        Actor actor = CurrentActor.require();
        model.addAttribute("status", factors.status(actor.accountId()));
        model.addAttribute("required", factors.requiredByRole(actor));
        model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(actor.accountId()));
        return "accounts/second-factor-own";
    }

    private static void refuse(BindingResult binding, SecondFactors.Check check) {
        if (check.result() == SecondFactors.Result.THROTTLED) {
            binding.rejectValue("code", "error.second-factor-throttled",
                    new Object[] {Math.max(1, (check.retryAfterSeconds() + 59) / 60)}, null);
        } else {
            binding.rejectValue("code", "error.second-factor-wrong-code");
        }
    }

    private static boolean passed(HttpSession session, Actor actor) {
        return session != null && Long.valueOf(actor.accountId()).equals(session.getAttribute(SecondFactorFilter.PASSED));
    }

    /** Marks the session as past its second factor, under a new session id; returns the page to go on to. */
    private static String markPassed(HttpServletRequest request, Actor actor) {
        HttpSession session = request.getSession();
        session.setAttribute(SecondFactorFilter.PASSED, actor.accountId());
        request.changeSessionId();
        Object target = session.getAttribute(SecondFactorFilter.RETURN_TO);
        session.removeAttribute(SecondFactorFilter.RETURN_TO);
        if (target instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")) {
            return path;
        }
        return "/";
    }
}
