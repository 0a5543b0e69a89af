package org.concord.funding.internal;

import java.util.Optional;
import org.concord.funding.internal.agreements.Agreement;
import org.concord.organisations.Organisations;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with funding agreements. Anyone reads an agreement, less its confidential fields. A funder's
 * coordinator (of the funder or an organisation above it) or an administrator records and edits the funder's
 * agreements, waives their conditions and releases their tranches. The recipient's coordinator submits evidence. An
 * evaluator of an organisation the funder assigned, independent of both parties, verifies milestones; nobody with a
 * role in the recipient or the funder does, whatever else they hold. The parties, the assigned evaluators and
 * administrators see confidential fields. Services enforce these answers; pages and the API only ask them.
 */
@Component
public class FundingPermissions {

    private final Organisations organisations;
    private final EvaluatorIndependence independence;

    FundingPermissions(Organisations organisations, EvaluatorIndependence independence) {
        this.organisations = organisations;
        this.independence = independence;
    }

    /** May the current person record agreements at all (an administrator, or a coordinator anywhere)? */
    public boolean mayRecord() {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR));
    }

    /** May the current person record an agreement in this funder's name? */
    public boolean mayRecordFor(long funderId) {
        return CurrentActor.allows(a -> isFunder(a, funderId));
    }

    /** May the current person edit the agreement, waive its conditions, release its tranches? */
    public boolean mayEdit(Agreement agreement) {
        return mayRecordFor(agreement.funderId());
    }

    /** May the current person submit evidence for the agreement's milestones (the recipient's coordinator)? */
    public boolean maySubmitEvidence(Agreement agreement) {
        return CurrentActor.allows(a -> a.isAdmin()
                || a.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(agreement.recipientId())));
    }

    /**
     * The assigned evaluator organisation in which the current person may verify the agreement's milestones: they
     * are an EVALUATOR there, it is independent of both parties, and they hold no role in either party.
     */
    public Optional<Long> evaluatorOrganisation(Agreement agreement) {
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isEmpty() || belongsToAParty(actor.get(), agreement)) {
            return Optional.empty();
        }
        return actor.get().grants().stream()
                .filter(g -> g.role() == Role.EVALUATOR && g.organisationId() != null)
                .map(Grant::organisationId)
                .filter(agreement::isEvaluator)
                .filter(org -> independence.independent(org, agreement.funderId(), agreement.recipientId()))
                .findFirst();
    }

    public boolean mayVerify(Agreement agreement) {
        return evaluatorOrganisation(agreement).isPresent();
    }

    /** May the current person see what the funder marked confidential? */
    public boolean maySeeConfidential(Agreement agreement) {
        return CurrentActor.allows(a -> a.isAdmin() || belongsToAParty(a, agreement)
                || a.grants().stream().anyMatch(g -> g.role() == Role.EVALUATOR && g.organisationId() != null
                        && agreement.isEvaluator(g.organisationId())));
    }

    public void checkMayRecordFor(long funderId) {
        CurrentActor.enforce(a -> isFunder(a, funderId));
    }

    public void checkMayEdit(Agreement agreement) {
        checkMayRecordFor(agreement.funderId());
    }

    public void checkMaySubmitEvidence(Agreement agreement) {
        CurrentActor.require();
        CurrentActor.check(maySubmitEvidence(agreement));
    }

    /** Whether the person has any role in the funder or the recipient, or above either: never their evaluator. */
    public boolean belongsToAParty(Agreement agreement) {
        return CurrentActor.allows(a -> belongsToAParty(a, agreement));
    }

    /** Someone with any role in the funder or the recipient, or in an organisation above either. */
    private boolean belongsToAParty(Actor actor, Agreement agreement) {
        var parties = new java.util.HashSet<>(organisations.ancestorsAndSelf(agreement.funderId()));
        parties.addAll(organisations.ancestorsAndSelf(agreement.recipientId()));
        return actor.grants().stream().anyMatch(g -> g.organisationId() != null && parties.contains(g.organisationId()));
    }

    private boolean isFunder(Actor actor, long funderId) {
        return actor.isAdmin() || actor.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(funderId));
    }
}
