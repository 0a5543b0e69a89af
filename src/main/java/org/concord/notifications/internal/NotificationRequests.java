package org.concord.notifications.internal;

import org.concord.notifications.NotificationRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reacts to other modules' requests once their transaction has committed, in a transaction of its own. */
@Component
class NotificationRequests {

    private final NotificationService service;

    NotificationRequests(NotificationService service) {
        this.service = service;
    }

    @ApplicationModuleListener
    void on(NotificationRequested request) {
        service.deliver(request);
    }
}
