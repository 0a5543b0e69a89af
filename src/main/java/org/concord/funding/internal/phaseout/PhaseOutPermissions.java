package org.concord.funding.internal.phaseout;

import org.concord.organisations.Organisations;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may record an agreement's sunset clause and phase-out plan: an administrator, or a coordinator of the funder
 * (or of an organisation above it). The recipient reads the plan but does not write it: the plan is the funder's
 * commitment. {@link PhaseOutService} enforces this; pages only ask, to offer the form.
 */
@Component
class PhaseOutPermissions {

    private final Organisations organisations;

    PhaseOutPermissions(Organisations organisations) {
        this.organisations = organisations;
    }

    boolean mayEdit(PhaseOutPlan plan) {
        return CurrentActor.allows(actor -> mayEdit(actor, plan.funderId()));
    }

    void checkMayEdit(PhaseOutPlan plan) {
        CurrentActor.enforce(actor -> mayEdit(actor, plan.funderId()));
    }

    private boolean mayEdit(Actor actor, long funderId) {
        return actor.isAdmin() || actor.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(funderId));
    }
}
