package org.concord.notifications.internal;

import java.util.Locale;
import org.concord.notifications.NotificationView;
import org.concord.notifications.internal.NotificationQueries.StoredNotification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a stored notification in one reader's language; its key belongs to the bundle of the module that asked. */
@Component
class NotificationTexts {

    private final MessageSource messages;
    private final String baseUrl;

    NotificationTexts(MessageSource messages, @Value("${concord.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String text(StoredNotification n, Locale locale) {
        // a key its module no longer has still shows something rather than failing the whole inbox
        return messages.getMessage(n.messageKey(), n.arguments().toArray(), n.messageKey(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    NotificationView view(StoredNotification n, Locale locale) {
        return new NotificationView(n.id(), n.kind(), text(n, locale), n.link(), n.createdAt(), n.readAt() != null);
    }

    /** A path within Concord as an address an e-mail can carry. */
    String address(String path) {
        return baseUrl + path;
    }
}
