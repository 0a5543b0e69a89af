package org.concord.funding.internal.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence for a milestone as the recipient posts it: a statement, documents (title and link or reference), and for
 * an outcome condition optionally the indicator value it reports (the verified value is read from the standards
 * module when that module is present).
 */
public class EvidenceForm {

    @NotBlank @Size(max = 10000)
    private String statement;
    private List<DocumentRow> documents = new ArrayList<>();
    private BigDecimal indicatorValue;
    @Size(max = 40)
    private String indicatorPeriod;

    public static class DocumentRow {
        @Size(max = 300)
        private String title;
        @Size(max = 1000)
        private String reference;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
    }

    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public List<DocumentRow> getDocuments() { return documents; }
    public void setDocuments(List<DocumentRow> documents) { this.documents = documents == null ? new ArrayList<>() : documents; }
    public BigDecimal getIndicatorValue() { return indicatorValue; }
    public void setIndicatorValue(BigDecimal indicatorValue) { this.indicatorValue = indicatorValue; }
    public String getIndicatorPeriod() { return indicatorPeriod; }
    public void setIndicatorPeriod(String indicatorPeriod) { this.indicatorPeriod = indicatorPeriod; }
}
