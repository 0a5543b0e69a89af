package org.concord.oversight.internal;

import org.concord.oversight.internal.channels.ChannelPermissions;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * What the shared layout asks to decide whether to show the oversight links ({@code @oversightNavigation} in
 * templates): the officers' inbox to holders of the officer role, the channels to those the channel permissions
 * let administer some body's channels.
 */
@Component("oversightNavigation")
public class OversightNavigation {

    private final ChannelPermissions channels;

    OversightNavigation(ChannelPermissions channels) {
        this.channels = channels;
    }

    public boolean showsInbox() {
        return CurrentActor.allows(a -> a.hasAnywhere(Role.OVERSIGHT_OFFICER));
    }

    public boolean showsChannels() {
        return channels.mayAdministerAny();
    }
}
