package org.concord.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.concord.notifications.Delivery;

/** How one person hears of notifications besides the inbox; absent = {@link Delivery#DEFAULT}. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    private Long accountId;
    @Enumerated(EnumType.STRING)
    private Delivery delivery;
    private Instant updatedAt;
    @Version
    private long version;

    protected NotificationPreference() {
    }

    NotificationPreference(long accountId) {
        this.accountId = accountId;
        this.delivery = Delivery.DEFAULT;
    }

    void delivery(Delivery value, Instant at) {
        delivery = value;
        updatedAt = at;
    }

    Delivery delivery() { return delivery; }
    long version() { return version; }
}
