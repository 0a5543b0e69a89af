package org.concord.standards.internal;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.organisations.Organisations;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.concord.standards.Subject;
import org.springframework.stereotype.Component;

/**
 * Who may do what with standards, indicators and values. Services enforce these answers; pages only ask them.
 * <ul>
 * <li>Define frameworks, standards and indicators: administrators, and coordinators of the owning organisation (or
 * one above it).</li>
 * <li>See a restricted framework or indicator and its values: administrators, evaluators, and anyone holding a
 * role in the owning organisation or one above it. Everyone sees public ones, but only their verified values.</li>
 * <li>Enter baselines, targets and values and submit values: administrators, coordinators of the indicator's owning
 * organisation, and, for an institution's values, coordinators of that institution (each including organisations
 * above).</li>
 * <li>Verify or return a submitted value: evaluators who belong neither to the institution the value is about nor to
 * the organisation that owns the indicator (no role in it or in one above it); an evaluator granted everywhere
 * belongs to no organisation in particular. Nobody verifies their own organisation's figures.</li>
 * </ul>
 */
@Component
public class StandardsPermissions {

    private final Organisations organisations;

    StandardsPermissions(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The current reader's scope for restricted content. */
    public ReaderScope scope() {
        return CurrentActor.find().map(this::scopeOf).orElse(ReaderScope.PUBLIC);
    }

    ReaderScope scopeOf(Actor actor) {
        if (actor.isAdmin() || actor.hasAnywhere(Role.EVALUATOR)) {
            return new ReaderScope(true, Set.of());
        }
        Set<Long> own = actor.grants().stream().map(Grant::organisationId).filter(Objects::nonNull).collect(Collectors.toSet());
        return new ReaderScope(false, Set.copyOf(organisations.descendantsAndSelf(own)));
    }

    public boolean mayDefineAnything() {
        return CurrentActor.allows(a -> a.isAdmin() || a.hasAnywhere(Role.COORDINATOR));
    }

    public boolean mayDefine(long ownerOrganisationId) {
        return CurrentActor.allows(a -> coordinates(a, ownerOrganisationId));
    }

    public void checkMayDefine(long ownerOrganisationId) {
        CurrentActor.enforce(a -> coordinates(a, ownerOrganisationId));
    }

    public boolean mayEnter(long indicatorOwnerId, Subject subject) {
        return CurrentActor.allows(a -> mayEnter(a, indicatorOwnerId, subject));
    }

    public void checkMayEnter(long indicatorOwnerId, Subject subject) {
        CurrentActor.enforce(a -> mayEnter(a, indicatorOwnerId, subject));
    }

    public boolean mayVerify(long indicatorOwnerId, Subject subject) {
        return CurrentActor.allows(a -> mayVerify(a, indicatorOwnerId, subject));
    }

    public void checkMayVerify(long indicatorOwnerId, Subject subject) {
        CurrentActor.enforce(a -> mayVerify(a, indicatorOwnerId, subject));
    }

    /**
     * The value was entered or submitted by the current reader (account ids, null when unknown): then someone else
     * verifies it (the service refuses; pages do not offer it).
     */
    public boolean handledByMe(Long enteredBy, Long submittedBy) {
        return CurrentActor.allows(a -> Long.valueOf(a.accountId()).equals(enteredBy) || Long.valueOf(a.accountId()).equals(submittedBy));
    }

    public boolean isEvaluator() {
        return CurrentActor.allows(a -> a.hasAnywhere(Role.EVALUATOR));
    }

    private boolean mayEnter(Actor a, long indicatorOwnerId, Subject subject) {
        return coordinates(a, indicatorOwnerId)
                || subject.organisationId() != null && coordinates(a, subject.organisationId());
    }

    private boolean mayVerify(Actor a, long indicatorOwnerId, Subject subject) {
        if (!a.hasAnywhere(Role.EVALUATOR)) {
            return false;
        }
        return !belongsTo(a, indicatorOwnerId) && (subject.organisationId() == null || !belongsTo(a, subject.organisationId()));
    }

    private boolean coordinates(Actor a, long organisationId) {
        return a.isAdmin() || a.hasInAny(Role.COORDINATOR, organisations.ancestorsAndSelf(organisationId));
    }

    /** Holds any role granted in this organisation or one above it (grants everywhere do not count). */
    private boolean belongsTo(Actor a, long organisationId) {
        var line = organisations.ancestorsAndSelf(organisationId);
        return a.grants().stream().anyMatch(g -> g.organisationId() != null && line.contains(g.organisationId()));
    }
}
