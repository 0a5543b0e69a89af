package org.concord.oversight.internal.cases;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.concord.organisations.Organisations;
import org.concord.oversight.CaseOutcome;
import org.concord.oversight.CaseStatus;
import org.concord.oversight.Category;
import org.concord.oversight.SanctionType;
import org.concord.shared.InvalidInputException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' case pages: the list of their bodies' cases, and one case with the moves it may make. */
@Controller
@RequestMapping("/oversight/cases")
class CasePages {

    private final CaseService service;
    private final Organisations organisations;

    CasePages(CaseService service, Organisations organisations) {
        this.service = service;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Long channel,
                @RequestParam(required = false) Category category, @RequestParam(required = false) Long assignee,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean priority,
                @RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletRequest request) {
        CaseFilter filter = new CaseFilter(status, channel, category, assignee, overdue, priority, null, page, 25);
        model.addAttribute("filter", filter);
        model.addAttribute("result", service.list(filter, locale));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("link", request.getRequestURI() + (request.getQueryString() == null ? ""
                : "?" + request.getQueryString().replaceAll("(^|&)page=\\d*", "")));
        return "oversight/cases/list";
    }

    @GetMapping("/{id:\\d+}")
    String view(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("c", service.view(id, locale));
        model.addAttribute("officers", service.officers(id));
        model.addAttribute("directory", organisations.names(locale));
        model.addAttribute("categories", Category.values());
        model.addAttribute("outcomes", CaseOutcome.values());
        model.addAttribute("sanctions", SanctionType.values());
        return "oversight/cases/detail";
    }

    @PostMapping("/{id:\\d+}/transitions")
    String move(@PathVariable long id, @RequestParam CaseStatus to, @RequestParam(required = false) String reason,
                @RequestParam(required = false) Long referredTo, @RequestParam(required = false) CaseOutcome outcome,
                @RequestParam(required = false) SanctionType sanction, @RequestParam(required = false) Long version,
                Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.transition(id, new Transition(to, reason, referredTo, outcome, sanction,
                version), locale));
    }

    @PostMapping("/{id:\\d+}/details")
    String details(@PathVariable long id, @RequestParam(required = false) Long assigneeId,
                   @RequestParam(required = false) Long institutionId, @RequestParam Category category,
                   @RequestParam(defaultValue = "false") boolean priority, @RequestParam(required = false) Long version,
                   Locale locale, RedirectAttributes redirect) {
        return act(id, redirect, () -> service.updateDetails(id, new CaseDetails(assigneeId, institutionId, category,
                priority, version), locale));
    }

    /** A refused rule as the next page shows it; kept in the session between the redirect and the page. */
    record CaseError(String field, String messageKey) implements java.io.Serializable {
    }

    /** Runs a command and goes back to the case, with a notice or the rule the command broke. */
    private String act(long id, RedirectAttributes redirect, Runnable command) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", "oversight.case.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("caseErrors", e.errors().stream()
                    .map(f -> new CaseError(f.field(), f.messageKey())).toList());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("caseErrors", java.util.List.of(new CaseError("version", "error.conflict")));
        }
        return "redirect:/oversight/cases/" + id;
    }
}
