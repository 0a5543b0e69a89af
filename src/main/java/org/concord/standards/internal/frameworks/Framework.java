package org.concord.standards.internal.frameworks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.Visibility;

/** A standards framework (e.g. "Human-rights-compliant policing"), owned by one organisation. */
@Entity
@Table(name = "standards_framework")
public class Framework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private Long ownerOrganisationId;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "standards_framework_name", joinColumns = @JoinColumn(name = "framework_id"))
    private Set<LocalName> names = new LinkedHashSet<>();

    protected Framework() {
    }

    public Framework(String code, long ownerOrganisationId, Instant now) {
        this.code = code;
        this.ownerOrganisationId = ownerOrganisationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(Visibility visibility, Collection<LocalName> names, Instant now) {
        this.visibility = visibility;
        this.names.clear();
        names.stream().filter(n -> n.name() != null && !n.name().isBlank()).forEach(this.names::add);
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public long ownerOrganisationId() { return ownerOrganisationId; }
    public Visibility visibility() { return visibility; }
    public Set<LocalName> names() { return names; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
