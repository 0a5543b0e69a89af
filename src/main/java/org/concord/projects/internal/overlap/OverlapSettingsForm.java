package org.concord.projects.internal.overlap;

import java.math.BigDecimal;

/** The settings page's form. */
public class OverlapSettingsForm {

    private BigDecimal weightArea;
    private BigDecimal weightBeneficiary;
    private BigDecimal weightImplementer;
    private BigDecimal weightText;
    private BigDecimal weightPeriod;
    private BigDecimal threshold;

    static OverlapSettingsForm of(OverlapSettings s) {
        OverlapSettingsForm form = new OverlapSettingsForm();
        form.weightArea = s.weightArea();
        form.weightBeneficiary = s.weightBeneficiary();
        form.weightImplementer = s.weightImplementer();
        form.weightText = s.weightText();
        form.weightPeriod = s.weightPeriod();
        form.threshold = s.threshold();
        return form;
    }

    OverlapSettings settings() {
        return new OverlapSettings(weightArea, weightBeneficiary, weightImplementer, weightText, weightPeriod, threshold);
    }

    public BigDecimal getWeightArea() { return weightArea; }
    public void setWeightArea(BigDecimal v) { weightArea = v; }
    public BigDecimal getWeightBeneficiary() { return weightBeneficiary; }
    public void setWeightBeneficiary(BigDecimal v) { weightBeneficiary = v; }
    public BigDecimal getWeightImplementer() { return weightImplementer; }
    public void setWeightImplementer(BigDecimal v) { weightImplementer = v; }
    public BigDecimal getWeightText() { return weightText; }
    public void setWeightText(BigDecimal v) { weightText = v; }
    public BigDecimal getWeightPeriod() { return weightPeriod; }
    public void setWeightPeriod(BigDecimal v) { weightPeriod = v; }
    public BigDecimal getThreshold() { return threshold; }
    public void setThreshold(BigDecimal v) { threshold = v; }
}
