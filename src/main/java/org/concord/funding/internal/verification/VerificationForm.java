package org.concord.funding.internal.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.concord.funding.internal.agreements.ConditionStatus;

/** An evaluator's verdict: MET, PARTLY_MET with the share met (between 0 and 100 %, exclusive), or NOT_MET. */
public class VerificationForm {

    @NotNull
    private ConditionStatus outcome;
    private BigDecimal share;
    @NotBlank @Size(max = 10000)
    private String finding;

    public ConditionStatus getOutcome() { return outcome; }
    public void setOutcome(ConditionStatus outcome) { this.outcome = outcome; }
    public BigDecimal getShare() { return share; }
    public void setShare(BigDecimal share) { this.share = share; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
}
