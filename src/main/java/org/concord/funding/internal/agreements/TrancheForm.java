package org.concord.funding.internal.agreements;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A tranche as a page or the API posts it: planned amount and date, and the milestones it depends on. */
public class TrancheForm {

    @NotNull @DecimalMin("0")
    private BigDecimal plannedAmount;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedDate;
    private List<Long> conditionIds = new ArrayList<>();

    public BigDecimal getPlannedAmount() { return plannedAmount; }
    public void setPlannedAmount(BigDecimal plannedAmount) { this.plannedAmount = plannedAmount; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public void setPlannedDate(LocalDate plannedDate) { this.plannedDate = plannedDate; }
    public List<Long> getConditionIds() { return conditionIds; }
    public void setConditionIds(List<Long> conditionIds) { this.conditionIds = conditionIds == null ? new ArrayList<>() : conditionIds; }
}
