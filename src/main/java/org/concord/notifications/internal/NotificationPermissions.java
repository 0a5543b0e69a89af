package org.concord.notifications.internal;

import org.concord.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * An inbox is its owner's alone: no role, not even ADMIN, reads or marks another person's notifications,
 * which may speak of cases and complaints meant for them. Others are told such a notification does not exist.
 */
@Component
class NotificationPermissions {

    boolean mayRead(Actor actor, long ownerAccountId) {
        return actor.accountId() == ownerAccountId;
    }

    /** Preferences too are the person's own. */
    boolean mayChangePreferences(Actor actor, long accountId) {
        return actor.accountId() == accountId;
    }
}
