package org.concord.oversight.internal.intake;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.oversight.internal.reports.ReportContent;
import org.concord.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reporter's return with the receipt alone: the receipt is posted (never in an address), opens the report, and
 * the report's id and key then travel in the sealed {@link FollowUpCookie} for half an hour.
 */
@Controller
@RequestMapping("/report/follow-up")
class FollowUpPages {

    private final IntakeService intake;
    private final FollowUpCookie cookies;
    private final IntakePages pages;

    FollowUpPages(IntakeService intake, FollowUpCookie cookies, IntakePages pages) {
        this.intake = intake;
        this.cookies = cookies;
        this.pages = pages;
    }

    @GetMapping
    String form() {
        return "oversight/follow-up";
    }

    @PostMapping
    String open(@RequestParam(required = false) String receipt, HttpServletRequest request,
                HttpServletResponse response, Model model, Locale locale) {
        try {
            ReportContent.Opened opened = intake.open(receipt, request.getRemoteAddr());
            response.addHeader(HttpHeaders.SET_COOKIE,
                    pages.cookie(cookies.seal(opened.report().id(), opened.key()), request, false).toString());
            return "redirect:/report/follow-up/report";
        } catch (ReceiptThrottledException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.seconds()));
            model.addAttribute("throttled", e.seconds());
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", pages.errors(e, locale));
        }
        return "oversight/follow-up";
    }

    @GetMapping("/report")
    String report(@CookieValue(name = FollowUpCookie.NAME, required = false) String cookie, Model model,
                  Locale locale, HttpServletResponse response) {
        Optional<FollowUpCookie.Opened> opened = cookies.open(cookie);
        if (opened.isEmpty()) {
            return "redirect:/report/follow-up";
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("report", intake.view(opened.get().reportId(), opened.get().reportKey(), locale));
        return "oversight/follow-up-report";
    }

    @PostMapping("/reply")
    String reply(@CookieValue(name = FollowUpCookie.NAME, required = false) String cookie,
                 @RequestParam(required = false) String text, HttpServletRequest request, HttpServletResponse response,
                 Model model, Locale locale) {
        Optional<FollowUpCookie.Opened> opened = cookies.open(cookie);
        if (opened.isEmpty()) {
            return "redirect:/report/follow-up";
        }
        if (request.getParameterMap().size() > IntakePages.EXTRA_FIELDS) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "redirect:/report/follow-up/report";
        }
        try {
            List<AttachmentCheck.Incoming> files = IntakePages.files(request,
                    new org.concord.oversight.internal.channels.Questionnaire(List.of()));
            intake.reply(opened.get().reportId(), opened.get().reportKey(), text, files);
            return "redirect:/report/follow-up/report?sent";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", pages.errors(e, locale));
            model.addAttribute("text", text);
        } catch (IntakeRefusedException e) {
            response.setStatus(429);
            model.addAttribute("refusal", "oversight.intake." + e.reason());
            model.addAttribute("text", text);
        }
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("report", intake.view(opened.get().reportId(), opened.get().reportKey(), locale));
        return "oversight/follow-up-report";
    }

    @PostMapping("/retaliation")
    String retaliation(@CookieValue(name = FollowUpCookie.NAME, required = false) String cookie) {
        Optional<FollowUpCookie.Opened> opened = cookies.open(cookie);
        if (opened.isEmpty()) {
            return "redirect:/report/follow-up";
        }
        intake.flagRetaliation(opened.get().reportId(), opened.get().reportKey());
        return "redirect:/report/follow-up/report?flagged";
    }

    @PostMapping("/leave")
    String leave(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, pages.cookie("", request, true).toString());
        return "redirect:/report";
    }
}
