package org.concord.notifications;

import java.time.Instant;

/** One notification as its recipient reads it: the text in the reader's language, where it leads, when it came. */
public record NotificationView(long id, String kind, String text, String link, Instant createdAt, boolean read) {
}
