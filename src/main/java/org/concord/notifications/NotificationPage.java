package org.concord.notifications;

import java.util.List;

/** A page of an inbox, newest first; {@code unread} counts the whole inbox's unread notifications. */
public record NotificationPage(List<NotificationView> items, long total, long unread, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
