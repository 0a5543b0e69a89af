package org.concord.funding.internal.phaseout;

import java.util.Set;
import java.util.stream.Collectors;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;

/**
 * Who reads, as far as fields a funder marked confidential go: an administrator sees everything; anyone else sees an
 * agreement's confidential fields only through a role in its funder, its recipient or an evaluator assigned to it.
 * {@link #sqlSeesConfidential} says the same in SQL for queries that filter many agreements at once.
 */
public record Reader(boolean admin, Long[] organisations) {

    /** The SQL condition, over an agreement aliased {@code a}, that this reader may see its confidential fields. */
    public static final String SQL_SEES_CONFIDENTIAL = """
            (:admin or a.funder_id = any(:organisations) or a.recipient_id = any(:organisations)
             or exists (select 1 from funding_evaluator e
                        where e.agreement_id = a.id and e.organisation_id = any(:organisations)))""";

    public static Reader current() {
        return CurrentActor.find()
                .map(actor -> new Reader(actor.isAdmin(), organisations(actor.grants())))
                .orElse(new Reader(false, new Long[0]));
    }

    private static Long[] organisations(Set<Grant> grants) {
        return grants.stream().map(Grant::organisationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()).toArray(Long[]::new);
    }

    /** The same rule in Java, for one agreement already read. */
    public boolean seesConfidential(long funderId, long recipientId, Set<Long> evaluators) {
        if (admin) {
            return true;
        }
        for (Long organisation : organisations) {
            if (organisation == funderId || organisation == recipientId || evaluators.contains(organisation)) {
                return true;
            }
        }
        return false;
    }

    /** Alias kept short for use in text blocks. */
    public static String sqlSeesConfidential() {
        return SQL_SEES_CONFIDENTIAL;
    }
}
