package org.concord.funding.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.concord.organisations.Organisations;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who reads, as far as fields a funder marked confidential go, for queries that filter many agreements at once: the
 * rule of {@code FundingPermissions.maySeeConfidential} in SQL. An administrator sees everything; anyone else sees an
 * agreement's confidential fields through any role in its funder or recipient or an organisation above either
 * ({@code parties}: the organisations at or below those the reader has a role in), or as an EVALUATOR of an
 * evaluator organisation assigned to it ({@code evaluators}).
 */
public record Reader(boolean admin, Long[] parties, Long[] evaluators) {

    /** The SQL condition, over an agreement aliased {@code a}, that this reader may see its confidential fields. */
    public static final String SQL_SEES_CONFIDENTIAL = """
            (:admin or a.funder_id = any(:parties) or a.recipient_id = any(:parties)
             or exists (select 1 from funding_evaluator e
                        where e.agreement_id = a.id and e.organisation_id = any(:evaluators)))""";

    public static Reader current(Organisations organisations) {
        return CurrentActor.find().map(actor -> of(actor, organisations)).orElse(new Reader(false, new Long[0], new Long[0]));
    }

    private static Reader of(Actor actor, Organisations organisations) {
        if (actor.isAdmin()) {
            return new Reader(true, new Long[0], new Long[0]);
        }
        Set<Long> roles = actor.grants().stream().map(Grant::organisationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Long[] evaluators = actor.grants().stream()
                .filter(g -> g.role() == Role.EVALUATOR && g.organisationId() != null)
                .map(Grant::organisationId).distinct().toArray(Long[]::new);
        return new Reader(false, organisations.descendantsAndSelf(roles).toArray(Long[]::new), evaluators);
    }

    /** Binds the condition's parameters. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("admin", admin).param("parties", parties).param("evaluators", evaluators);
    }
}
