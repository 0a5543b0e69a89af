package org.concord.notifications.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.concord.notifications.NotificationPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in account's own inbox and how it hears of it")
class NotificationApi {

    private final NotificationService service;

    NotificationApi(NotificationService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "My notifications", description = "Newest first; texts in the language of Accept-Language or ?lang.")
    NotificationPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                          Locale locale) {
        return service.ownInbox(page, size, locale);
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    Map<String, Long> unreadCount() {
        return Map.of("unread", service.ownUnreadCount());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "404 for a notification that is not mine.")
    ResponseEntity<Void> markRead(@PathVariable long id) {
        service.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all my notifications read")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", service.markAllRead());
    }

    @GetMapping("/preferences")
    @Operation(summary = "How I hear of notifications (IMMEDIATE, DAILY, NONE) and in which language")
    PreferencesForm preferences() {
        return service.ownPreferences();
    }

    @PutMapping("/preferences")
    @Operation(summary = "Change how I hear of notifications")
    PreferencesForm updatePreferences(@Valid @RequestBody PreferencesForm form) {
        service.updateOwnPreferences(form);
        return service.ownPreferences();
    }
}
