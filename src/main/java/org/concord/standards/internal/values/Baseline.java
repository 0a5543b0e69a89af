package org.concord.standards.internal.values;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concord.standards.Subject;

/** Where a subject stood on an indicator when measuring began: one per indicator, subject and disaggregation. */
@Entity
@Table(name = "standards_baseline")
public class Baseline extends ReferencePoint {

    protected Baseline() {
    }

    public Baseline(long indicatorId, Subject subject, String disaggregation, Instant now) {
        super(indicatorId, subject, disaggregation, now);
    }
}
