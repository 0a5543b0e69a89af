package org.concord.oversight.internal.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.concord.accounts.Accounts;
import org.concord.accounts.Recipient;
import org.concord.audit.EntityChanged;
import org.concord.oversight.Category;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' commands on cases, one transaction each: a move through the workflow, or the case's details. Each
 * asks {@link CasePermissions} (a case of another body is "not found"), writes, and publishes the audit event.
 * Opening a case at intake and flagging retaliation are {@link CaseOpening}'s, and are not audited: they are the
 * reporter's acts, and the audit log keeps where a request came from.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CaseTransitionRepository transitions;
    private final CaseQueries queries;
    private final CasePermissions permissions;
    private final Organisations organisations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(CaseRepository cases, CaseTransitionRepository transitions, CaseQueries queries,
                CasePermissions permissions, Organisations organisations, Accounts accounts,
                ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.transitions = transitions;
        this.queries = queries;
        this.permissions = permissions;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CaseListItem.Page list(CaseFilter filter, Locale locale) {
        CurrentActor.enforce(a -> a.hasAnywhere(Role.OVERSIGHT_OFFICER));
        return queries.list(permissions.bodies().orElse(null), filter, clock.instant(), locale.getLanguage());
    }

    @Transactional(readOnly = true)
    public CaseView view(long reportId, Locale locale) {
        return view(visible(reportId), locale);
    }

    @Transactional
    public CaseView transition(long reportId, Transition move, Locale locale) {
        OversightCase c = visible(reportId);
        checkVersion(c, move.version());
        if (move.referredTo() != null && organisations.find(move.referredTo(), locale).isEmpty()) {
            throw new InvalidInputException("referredTo", "unknown-organisation");
        }
        Map<String, Object> before = c.snapshot();
        var from = c.status();
        Instant now = clock.instant();
        c.move(move, now);
        Actor actor = CurrentActor.require();
        transitions.save(new CaseTransitionRecord(reportId, from, move, actor.accountId(), actor.username(), now));
        Map<String, Object> after = new HashMap<>(c.snapshot());
        after.put("reason", move.reason());
        after.put("referredTo", move.referredTo());
        after.put("sanction", move.sanction());
        events.publishEvent(EntityChanged.diff("oversight_case", reportId, "moved-to-" + move.to().name().toLowerCase(Locale.ROOT),
                before, after));
        cases.saveAndFlush(c);
        return view(c, locale);
    }

    @Transactional
    public CaseView updateDetails(long reportId, CaseDetails details, Locale locale) {
        OversightCase c = visible(reportId);
        checkVersion(c, details.version());
        Category category = Objects.requireNonNullElse(details.category(), c.category());
        if (details.assigneeId() != null && accounts.holders(Role.OVERSIGHT_OFFICER, List.of(c.organisationId()))
                .stream().noneMatch(r -> r.accountId() == details.assigneeId())) {
            throw new InvalidInputException("assigneeId", "not-an-officer-of-the-body");
        }
        if (details.institutionId() != null && organisations.find(details.institutionId(), locale).isEmpty()) {
            throw new InvalidInputException("institutionId", "unknown-organisation");
        }
        Map<String, Object> before = c.snapshot();
        c.details(details.assigneeId(), details.institutionId(), category, details.priority());
        EntityChanged change = EntityChanged.diff("oversight_case", reportId, "updated", before, c.snapshot());
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
            cases.saveAndFlush(c);
        }
        return view(c, locale);
    }

    /** The officers who may be assigned a case of this body (for the assignment form). */
    @Transactional(readOnly = true)
    public List<Recipient> officers(long reportId) {
        return accounts.holders(Role.OVERSIGHT_OFFICER, List.of(visible(reportId).organisationId()));
    }

    /** The case, if the current person runs its body's cases; otherwise as if it did not exist. */
    private OversightCase visible(long reportId) {
        CurrentActor.require();
        return cases.findById(reportId).filter(c -> permissions.mayRun(c.organisationId()))
                .orElseThrow(() -> new NotFoundException("case", reportId));
    }

    private static void checkVersion(OversightCase c, Long version) {
        if (version != null && version != c.version()) {
            throw new ObjectOptimisticLockingFailureException(OversightCase.class, c.reportId());
        }
    }

    private CaseView view(OversightCase c, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        java.util.function.Function<Long, CaseView.Named> organisation = id -> id == null ? null
                : new CaseView.Named(id, names.computeIfAbsent(id,
                k -> organisations.find(k, locale).map(o -> o.name()).orElse("#" + k)));
        CaseView.Named assignee = c.assigneeId() == null ? null : accounts.recipients(List.of(c.assigneeId())).stream()
                .findFirst().map(r -> new CaseView.Named(r.accountId(), r.displayName()))
                .orElse(new CaseView.Named(c.assigneeId(), "#" + c.assigneeId()));
        List<CaseView.Step> timeline = queries.timeline(c.reportId()).stream()
                .map(s -> new CaseView.Step(s.from(), s.to(), s.reason(), organisation.apply(s.referredTo()),
                        s.outcome(), s.sanction(), s.actor(), s.at()))
                .toList();
        Instant now = clock.instant();
        return new CaseView(c.reportId(), c.organisationId(), c.channelId(), c.status(), c.category(),
                organisation.apply(c.institutionId()), assignee, c.priority(), c.receivedAt(), c.acknowledgeDue(),
                c.feedbackDue(), c.acknowledgedAt(), c.feedbackAt(), c.decidedAt(), c.outcome(), c.closedAt(),
                c.purgedAt(), c.deadlines().overdue(c.acknowledgedAt(), c.feedbackAt(), now),
                CaseWorkflow.next(c.status()), timeline, c.version());
    }
}
