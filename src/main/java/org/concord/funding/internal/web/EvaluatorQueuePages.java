package org.concord.funding.internal.web;

import java.util.List;
import org.concord.funding.internal.view.AgreementQueries;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The evaluator's queue: milestones with evidence waiting for a verdict, on agreements their organisation evaluates. */
@Controller
class EvaluatorQueuePages {

    private final AgreementQueries queries;

    EvaluatorQueuePages(AgreementQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/funding/evaluations")
    String queue(Model model) {
        Actor actor = CurrentActor.enforce(a -> a.hasAnywhere(Role.EVALUATOR));
        List<Long> organisations = actor.grants().stream()
                .filter(g -> g.role() == Role.EVALUATOR && g.organisationId() != null).map(Grant::organisationId).toList();
        model.addAttribute("items", queries.queue(organisations));
        return "funding/queue";
    }
}
