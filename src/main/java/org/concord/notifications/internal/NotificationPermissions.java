package org.concord.notifications.internal;

import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * An inbox is its owner's alone: no role, not even ADMIN, reads or marks another person's notifications, which
 * may speak of cases and complaints meant for them; others are told such a notification does not exist (404).
 * Preferences too are the person's own. {@link NotificationService} enforces these answers; pages only ask.
 */
@Component
class NotificationPermissions {

    /** Whoever has signed in has an inbox and preferences of their own; returns who that is. */
    Actor checkHasOwnInbox() {
        return CurrentActor.require();
    }

    /** May {@code actor} read and mark this notification (theirs)? */
    boolean mayRead(Actor actor, long ownerAccountId) {
        return actor.accountId() == ownerAccountId;
    }
}
