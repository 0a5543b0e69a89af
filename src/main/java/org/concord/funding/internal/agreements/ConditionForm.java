package org.concord.funding.internal.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A condition as a page or the API posts it; outcome conditions also name an indicator, comparator and target. */
public class ConditionForm {

    @NotNull
    private ConditionKind kind = ConditionKind.PROCESS;
    @NotBlank @Size(max = 4000)
    private String text;
    private Long indicatorId;
    private Comparator comparator;
    private BigDecimal targetValue;
    private BigDecimal baselineValue;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    public ConditionKind getKind() { return kind; }
    public void setKind(ConditionKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getIndicatorId() { return indicatorId; }
    public void setIndicatorId(Long indicatorId) { this.indicatorId = indicatorId; }
    public Comparator getComparator() { return comparator; }
    public void setComparator(Comparator comparator) { this.comparator = comparator; }
    public BigDecimal getTargetValue() { return targetValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public BigDecimal getBaselineValue() { return baselineValue; }
    public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }

    Condition.Terms terms() {
        return new Condition.Terms(kind, text == null ? null : text.strip(), indicatorId, comparator, targetValue,
                baselineValue, dueDate);
    }
}
