package org.concord.funding.internal.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A funder's waiver of a condition: the written justification, shown publicly beside the tranche. */
public class WaiverForm {

    @NotBlank @Size(min = 20, max = 5000)
    private String justification;

    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
