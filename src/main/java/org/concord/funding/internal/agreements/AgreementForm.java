package org.concord.funding.internal.agreements;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** What a page or the API posts to record or edit an agreement (its conditions and tranches are added apart). */
public class AgreementForm {

    @NotBlank @Size(max = 300)
    private String title;
    @Size(max = 5000)
    private String description;
    @NotNull
    private Long funderId;
    @NotNull
    private Long recipientId;
    @NotBlank
    private String country;
    @NotNull @DecimalMin("0")
    private BigDecimal totalAmount;
    @NotBlank
    private String currency;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private AgreementStatus status = AgreementStatus.ACTIVE;
    private boolean proRata;
    @Size(max = 150)
    private String iatiIdentifier;
    private List<ConfidentialField> confidential = new ArrayList<>();
    private List<Long> activityIds = new ArrayList<>();
    /** Version read, to refuse an edit over someone else's (409). */
    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getFunderId() { return funderId; }
    public void setFunderId(Long funderId) { this.funderId = funderId; }
    public Long getRecipientId() { return recipientId; }
    public void setRecipientId(Long recipientId) { this.recipientId = recipientId; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public void setTotalAmount(BigDecimal totalAmount) { this.totalAmount = totalAmount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public AgreementStatus getStatus() { return status; }
    public void setStatus(AgreementStatus status) { this.status = status; }
    public boolean isProRata() { return proRata; }
    public void setProRata(boolean proRata) { this.proRata = proRata; }
    public String getIatiIdentifier() { return iatiIdentifier; }
    public void setIatiIdentifier(String iatiIdentifier) { this.iatiIdentifier = iatiIdentifier; }
    public List<ConfidentialField> getConfidential() { return confidential; }
    public void setConfidential(List<ConfidentialField> confidential) { this.confidential = confidential == null ? new ArrayList<>() : confidential; }
    public List<Long> getActivityIds() { return activityIds; }
    public void setActivityIds(List<Long> activityIds) { this.activityIds = activityIds == null ? new ArrayList<>() : activityIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    static AgreementForm of(Agreement a) {
        AgreementForm f = new AgreementForm();
        f.title = a.title();
        f.description = a.description();
        f.funderId = a.funderId();
        f.recipientId = a.recipientId();
        f.country = a.countryCode();
        f.totalAmount = a.totalAmount();
        f.currency = a.currency();
        f.startDate = a.startDate();
        f.endDate = a.endDate();
        f.status = a.status();
        f.proRata = a.proRata();
        f.iatiIdentifier = a.iatiIdentifier();
        f.confidential = new ArrayList<>(a.confidential());
        f.activityIds = new ArrayList<>(a.activityIds());
        f.version = a.version();
        return f;
    }
}
