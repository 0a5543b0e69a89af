package org.concord.standards.internal.values;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concord.standards.Subject;

/** Where a subject means to be on an indicator by a period: several per subject, one per period (e.g. per year). */
@Entity
@Table(name = "standards_target")
public class Target extends ReferencePoint {

    protected Target() {
    }

    public Target(long indicatorId, Subject subject, String disaggregation, Instant now) {
        super(indicatorId, subject, disaggregation, now);
    }
}
