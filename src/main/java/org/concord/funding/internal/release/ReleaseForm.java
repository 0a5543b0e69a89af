package org.concord.funding.internal.release;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A release: its date (today when left out) and, optionally, an amount below what the milestones entitle. */
public class ReleaseForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate releasedOn;
    private BigDecimal amount;

    public LocalDate getReleasedOn() { return releasedOn; }
    public void setReleasedOn(LocalDate releasedOn) { this.releasedOn = releasedOn; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
