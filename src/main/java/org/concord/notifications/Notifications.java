package org.concord.notifications;

import java.util.Locale;

/** What other modules may ask of notifications (to ask for one, publish {@link NotificationRequested}). */
public interface Notifications {

    /** How many of the account's notifications are unread. */
    long unreadCount(long accountId);

    /** The account's inbox, newest first, texts in {@code locale}'s language. */
    NotificationPage inbox(long accountId, int page, int size, Locale locale);

    /** How the account hears of notifications besides the inbox. */
    Delivery delivery(long accountId);
}
