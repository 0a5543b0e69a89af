package org.concord.exchangerates.internal;

import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * Anyone reads rates and converts; administrators import dated rates and edit annual ones (they change every converted
 * total).
 */
@Component
class ExchangeRatePermissions {

    boolean mayImport() {
        return CurrentActor.allows(Actor::isAdmin);
    }

    void checkMayImport() {
        CurrentActor.enforce(Actor::isAdmin);
    }

    boolean mayEdit() {
        return CurrentActor.allows(Actor::isAdmin);
    }

    void checkMayEdit() {
        CurrentActor.enforce(Actor::isAdmin);
    }
}
