package org.concord.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One notification in one account's inbox. Its text is a message key and arguments, rendered for each reader. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    private String kind;
    private String messageKey;
    private String[] arguments;
    private String link;
    private Instant createdAt;
    private Instant readAt;
    private Instant emailedAt;

    protected Notification() {
    }

    Notification(long accountId, String kind, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.toArray(String[]::new);
        this.link = link;
        this.createdAt = createdAt;
    }

    /** Read once: a second "mark read" keeps the first time. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long id() { return id; }
    long accountId() { return accountId; }
    boolean isRead() { return readAt != null; }
}
