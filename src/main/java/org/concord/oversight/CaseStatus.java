package org.concord.oversight;

/**
 * Where a case stands in its workflow. The legal moves between these live in one place,
 * {@code org.concord.oversight.internal.cases.CaseWorkflow}.
 */
public enum CaseStatus {
    RECEIVED, ACKNOWLEDGED, ADMISSIBILITY_REVIEW, INADMISSIBLE, UNDER_INVESTIGATION, REFERRED, DECIDED,
    REMEDY_RECORDED, CLOSED;

    /** Has the reporter been told where their report led (the "feedback" of Directive 2019/1937, art. 9(1)(f))? */
    public boolean givesFeedback() {
        return this == INADMISSIBLE || this == REFERRED || this == DECIDED || this == REMEDY_RECORDED || this == CLOSED;
    }
}
