package org.concord.oversight.internal.channels;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.concord.oversight.Category;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A channel through which a body receives reports: its texts, recipients, questionnaire, categories and limits. */
@Entity
@Table(name = "oversight_channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organisationId;
    private String slug;
    private int acknowledgeDays = 7;
    private int feedbackDays = 90;
    private int retentionDays = 1826;
    private boolean open = true;
    @JdbcTypeCode(SqlTypes.JSON)
    private String questionnaire = "{\"questions\": []}";
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oversight_channel_text", joinColumns = @JoinColumn(name = "channel_id"))
    private Set<Text> texts = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oversight_channel_category", joinColumns = @JoinColumn(name = "channel_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<Category> categories = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oversight_channel_recipient", joinColumns = @JoinColumn(name = "channel_id"))
    @Column(name = "account_id")
    private Set<Long> recipients = new TreeSet<>();

    protected Channel() {
    }

    public Channel(long organisationId, String slug, Instant now) {
        this.organisationId = organisationId;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The channel's name and description in one language (BCP 47 tag). */
    @Embeddable
    public record Text(String language, String name, String description) {
    }

    /** Everything an administrator sets, replaced whole by one edit. */
    public record Settings(Collection<Text> texts, Collection<Long> recipients, Collection<Category> categories,
                           String questionnaireJson, int acknowledgeDays, int feedbackDays, int retentionDays,
                           boolean open) {
    }

    public void configure(Settings s, Instant now) {
        texts.clear();
        s.texts().stream().filter(t -> t.name() != null && !t.name().isBlank()).forEach(texts::add);
        recipients.clear();
        recipients.addAll(s.recipients());
        categories.clear();
        categories.addAll(s.categories());
        questionnaire = s.questionnaireJson();
        acknowledgeDays = s.acknowledgeDays();
        feedbackDays = s.feedbackDays();
        retentionDays = s.retentionDays();
        open = s.open();
        updatedAt = now;
    }

    public Long id() { return id; }
    public long organisationId() { return organisationId; }
    public String slug() { return slug; }
    public int acknowledgeDays() { return acknowledgeDays; }
    public int feedbackDays() { return feedbackDays; }
    public int retentionDays() { return retentionDays; }
    public boolean open() { return open; }
    public String questionnaireJson() { return questionnaire; }
    public Set<Text> texts() { return texts; }
    public Set<Category> categories() { return categories; }
    public Set<Long> recipients() { return recipients; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
