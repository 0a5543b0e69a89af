package org.concord.oversight.internal.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.keys.RecipientKeys;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The officer's inbox as an API. Each request is signed in with HTTP Basic, and the same password unlocks the officer's
 * private key for that request only (the API keeps no session). Reports of other channels answer 404.
 */
@RestController
@RequestMapping("/api/v1/oversight/reports")
@Tag(name = "Oversight reports", description = "Officers: reports of the channels they receive, messages and notes")
class InboxApi {

    private final InboxService inbox;
    private final RecipientKeys keys;

    InboxApi(InboxService inbox, RecipientKeys keys) {
        this.inbox = inbox;
        this.keys = keys;
    }

    record Text(String text) {
    }

    @GetMapping
    @Operation(summary = "Reports of my channels", description = "Newest first, 50 a page; no content, which needs opening.")
    List<InboxQueries.Row> list(@RequestParam(defaultValue = "0") int page) {
        return inbox.inbox(page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a report", description = "Decrypted with the officer's key; audited.")
    ResponseEntity<InboxService.ReportDetail> read(@PathVariable long id, HttpServletRequest request, Locale locale) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(inbox.read(id, privateKey(request), locale));
    }

    @PostMapping("/{id}/messages")
    @Operation(summary = "Send a message to the reporter", description = "The reporter reads it with their receipt.")
    ResponseEntity<Void> message(@PathVariable long id, @RequestBody Text body, HttpServletRequest request) {
        inbox.message(id, privateKey(request), body.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Write an internal note", description = "Never shown to the reporter.")
    ResponseEntity<Void> note(@PathVariable long id, @RequestBody Text body, HttpServletRequest request) {
        inbox.note(id, privateKey(request), body.text());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    /** The officer's key, unlocked with the password of this request's Basic credentials. */
    private byte[] privateKey(HttpServletRequest request) {
        Actor actor = InboxService.officer();
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new KeyLockedException();
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        char[] password = decoded.substring(decoded.indexOf(':') + 1).toCharArray();
        try {
            return keys.unlock(actor.accountId(), password);
        } catch (Aead.WrongKeyException e) {
            throw new KeyLockedException();
        } finally {
            java.util.Arrays.fill(password, ' ');
        }
    }

    static class KeyLockedException extends RuntimeException {
        KeyLockedException() {
            super("key locked", null, false, false);
        }
    }

    @ExceptionHandler(KeyLockedException.class)
    ResponseEntity<ProblemDetail> locked() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The password does not unlock this officer's key: enrol a key on /oversight/keys, or ask the body's "
                        + "administrator to restore access with the recovery key."));
    }

}
