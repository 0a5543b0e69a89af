package org.concord.standards.internal.values;

import java.math.BigDecimal;
import org.concord.standards.Subject;

/** A baseline or target as pages and the API show it. */
public record ReferenceView(long id, Subject subject, String disaggregation, String period, BigDecimal value, String note) {

    static ReferenceView of(ReferencePoint p) {
        return new ReferenceView(p.id(), p.subject(), p.disaggregation(), p.period(), ValueQueries.strip(p.value()), p.note());
    }
}
