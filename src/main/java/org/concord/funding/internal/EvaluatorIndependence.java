package org.concord.funding.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concord.organisations.Organisations;
import org.springframework.stereotype.Component;

/**
 * Whether an evaluator organisation is independent of an agreement's parties: it must be neither the funder nor the
 * recipient, nor an organisation above or below either of them at any depth. The answer names the conflict, so that
 * the refusal can say why.
 */
@Component
public class EvaluatorIndependence {

    /** Why an organisation may not evaluate an agreement; each is also the message key {@code error.<rule>}. */
    public enum Conflict {
        IS_FUNDER("evaluator-is-funder"),
        IS_RECIPIENT("evaluator-is-recipient"),
        ABOVE_FUNDER("evaluator-above-funder"),
        BELOW_FUNDER("evaluator-below-funder"),
        ABOVE_RECIPIENT("evaluator-above-recipient"),
        BELOW_RECIPIENT("evaluator-below-recipient");

        private final String rule;

        Conflict(String rule) {
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    private final Organisations organisations;

    EvaluatorIndependence(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The conflict of interest of {@code evaluatorId} with this funder and recipient, if there is one. */
    public Optional<Conflict> conflict(long evaluatorId, long funderId, long recipientId) {
        if (evaluatorId == funderId) {
            return Optional.of(Conflict.IS_FUNDER);
        }
        if (evaluatorId == recipientId) {
            return Optional.of(Conflict.IS_RECIPIENT);
        }
        List<Long> aboveEvaluator = organisations.ancestorsAndSelf(evaluatorId);
        if (organisations.ancestorsAndSelf(funderId).contains(evaluatorId)) {
            return Optional.of(Conflict.ABOVE_FUNDER);
        }
        if (aboveEvaluator.contains(funderId)) {
            return Optional.of(Conflict.BELOW_FUNDER);
        }
        if (organisations.ancestorsAndSelf(recipientId).contains(evaluatorId)) {
            return Optional.of(Conflict.ABOVE_RECIPIENT);
        }
        if (aboveEvaluator.contains(recipientId)) {
            return Optional.of(Conflict.BELOW_RECIPIENT);
        }
        return Optional.empty();
    }

    public boolean independent(long evaluatorId, long funderId, long recipientId) {
        return conflict(evaluatorId, funderId, recipientId).isEmpty();
    }

    /** Every organisation an evaluator must not belong to: the parties and everything above and below them. */
    public Set<Long> conflicted(long funderId, long recipientId) {
        Set<Long> all = new java.util.HashSet<>(organisations.descendantsAndSelf(List.of(funderId, recipientId)));
        all.addAll(organisations.ancestorsAndSelf(funderId));
        all.addAll(organisations.ancestorsAndSelf(recipientId));
        return all;
    }
}
