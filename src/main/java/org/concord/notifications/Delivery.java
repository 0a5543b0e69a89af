package org.concord.notifications;

/** How a person hears of notifications besides the inbox. */
public enum Delivery {
    /** one e-mail per notification, as it comes */
    IMMEDIATE,
    /** one e-mail a day with what is still unread and was not sent yet */
    DAILY,
    /** the inbox only */
    NONE;

    /** What a person who never chose gets: one e-mail a day at most. */
    public static final Delivery DEFAULT = DAILY;
}
