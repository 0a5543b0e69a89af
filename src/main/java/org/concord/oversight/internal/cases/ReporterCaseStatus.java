package org.concord.oversight.internal.cases;

import java.util.Optional;
import org.concord.oversight.internal.ReporterStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reporter reads of their case with the receipt: where it stands, in their language, without the officers'
 * internal steps (admissibility review and investigation read alike as "being examined"; a referral does not name
 * the body referred to; the outcome is for the officers' messages to explain).
 */
@Component
class ReporterCaseStatus implements ReporterStatus {

    private final CaseRepository cases;

    ReporterCaseStatus(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> statusKey(long reportId) {
        return cases.findById(reportId).map(c -> "oversight.status." + switch (c.status()) {
            case RECEIVED -> "received";
            case ACKNOWLEDGED, ADMISSIBILITY_REVIEW, UNDER_INVESTIGATION -> "examined";
            case INADMISSIBLE -> "inadmissible";
            case REFERRED -> "referred";
            case DECIDED, REMEDY_RECORDED -> "decided";
            case CLOSED -> "closed";
        });
    }
}
