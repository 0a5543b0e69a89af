package org.concord.oversight.internal.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.shared.InvalidInputException;
import org.concord.shared.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officer's inbox and reports. Reading needs the officer's private key: enrolled once on /oversight/keys, then
 * unlocked with the password once a session ({@link UnlockedKey}).
 */
@Controller
@RequestMapping("/oversight")
class InboxPages {

    private final InboxService inbox;
    private final RecipientKeys keys;
    private final UnlockedKey unlocked;

    InboxPages(InboxService inbox, RecipientKeys keys, UnlockedKey unlocked) {
        this.inbox = inbox;
        this.keys = keys;
        this.unlocked = unlocked;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Actor actor = InboxService.officer();
        model.addAttribute("reports", inbox.inbox(page));
        model.addAttribute("page", page);
        model.addAttribute("hasKey", keys.find(actor.accountId()).isPresent());
        return "oversight/inbox";
    }

    @GetMapping("/keys")
    String keysPage(Model model, HttpServletRequest request) {
        Actor actor = InboxService.officer();
        model.addAttribute("hasKey", keys.find(actor.accountId()).isPresent());
        model.addAttribute("unlocked", unlocked.find(actor.accountId(), request).isPresent());
        return "oversight/keys";
    }

    @PostMapping("/keys")
    String enrol(@RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        Actor actor = InboxService.officer();
        try {
            keys.enrol(password.toCharArray());
            unlocked.keep(actor.accountId(), keys.unlock(actor.accountId(), password.toCharArray()), request, response);
            return "redirect:/oversight?enrolled";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("error", "error.wrong-password");
            return keysPage(model, request);
        }
    }

    @PostMapping("/unlock")
    String unlock(@RequestParam(defaultValue = "") String password, @RequestParam(required = false) String next,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        Actor actor = InboxService.officer();
        try {
            unlocked.keep(actor.accountId(), keys.unlock(actor.accountId(), password.toCharArray()), request, response);
            return "redirect:" + (next != null && next.matches("/oversight/reports/\\d+") ? next : "/oversight");
        } catch (Aead.WrongKeyException e) {
            response.setStatus(422);
            model.addAttribute("error", "oversight.keys.unlock-failed");
            model.addAttribute("next", next);
            return keysPage(model, request);
        }
    }

    @GetMapping("/reports/{id:\\d+}")
    String report(@PathVariable long id, Model model, Locale locale, HttpServletRequest request) {
        Actor actor = InboxService.officer();
        inbox.checkVisible(id);
        Optional<byte[]> key = unlocked.find(actor.accountId(), request);
        if (key.isEmpty()) {
            model.addAttribute("next", "/oversight/reports/" + id);
            return keysPage(model, request);
        }
        model.addAttribute("report", inbox.read(id, key.get(), locale));
        model.addAttribute("language", org.concord.shared.Language.ofOrDefault(locale));
        return "oversight/report";
    }

    @PostMapping("/reports/{id:\\d+}/messages")
    String message(@PathVariable long id, @RequestParam(required = false) String text, HttpServletRequest request,
                   Model model, Locale locale, HttpServletResponse response) {
        return write(id, text, request, model, locale, response, true);
    }

    @PostMapping("/reports/{id:\\d+}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String text, HttpServletRequest request,
                Model model, Locale locale, HttpServletResponse response) {
        return write(id, text, request, model, locale, response, false);
    }

    private String write(long id, String text, HttpServletRequest request, Model model, Locale locale,
                         HttpServletResponse response, boolean toReporter) {
        Actor actor = InboxService.officer();
        Optional<byte[]> key = unlocked.find(actor.accountId(), request);
        if (key.isEmpty()) {
            return "redirect:/oversight/reports/" + id;
        }
        try {
            if (toReporter) {
                inbox.message(id, key.get(), text);
            } else {
                inbox.note(id, key.get(), text);
            }
            return "redirect:/oversight/reports/" + id + (toReporter ? "?sent" : "?noted");
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute(toReporter ? "messageError" : "noteError", "error.required");
            return report(id, model, locale, request);
        }
    }

    @GetMapping("/reports/{id:\\d+}/attachments/{attachment:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachment, HttpServletRequest request) {
        Actor actor = InboxService.officer();
        byte[] key = unlocked.find(actor.accountId(), request)
                .orElseThrow(() -> new org.concord.shared.NotFoundException("report", id));
        InboxService.File file = inbox.attachment(id, attachment, key);
        // always a download, never shown inline: a reporter's file must not run in Concord's origin
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store")
                .body(file.bytes());
    }
}
