package org.concord.organisations.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.concord.organisations.OrganisationSubtype;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.SsrRole;

@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    @Enumerated(EnumType.STRING)
    private OrganisationType type;
    @Enumerated(EnumType.STRING)
    private OrganisationSubtype subtype;
    private String iatiIdentifier;
    private String headquartersCountry;
    private String website;
    private String mandate;
    private String ssrSummary;
    private Long parentId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "organisation_name", joinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Name> names = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_country", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "country_code")
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_ssr_role", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<SsrRole> roles = new TreeSet<>();

    protected Organisation() {
    }

    Organisation(String slug, Instant now) {
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    @Embeddable
    record Name(String language, String name, String acronym) {
    }

    /** What an organisation says about itself, as one edit replaces it whole. */
    record Description(OrganisationType type, OrganisationSubtype subtype, String iatiIdentifier,
                       String headquartersCountry, String website, String mandate, String ssrSummary, Long parentId,
                       java.util.List<Name> names, java.util.Collection<String> countries, java.util.Collection<SsrRole> roles) {
    }

    void describe(Description d, Instant now) {
        type = d.type();
        subtype = d.subtype();
        iatiIdentifier = d.iatiIdentifier();
        headquartersCountry = d.headquartersCountry();
        website = d.website();
        mandate = d.mandate();
        ssrSummary = d.ssrSummary();
        parentId = d.parentId();
        names.clear();
        d.names().stream().filter(n -> n.name() != null && !n.name().isBlank()).forEach(names::add);
        countries.clear();
        countries.addAll(d.countries());
        roles.clear();
        roles.addAll(d.roles());
        updatedAt = now;
    }

    Long id() { return id; }
    String slug() { return slug; }
    OrganisationType type() { return type; }
    OrganisationSubtype subtype() { return subtype; }
    String iatiIdentifier() { return iatiIdentifier; }
    String headquartersCountry() { return headquartersCountry; }
    String website() { return website; }
    String mandate() { return mandate; }
    String ssrSummary() { return ssrSummary; }
    Long parentId() { return parentId; }
    Set<Name> names() { return names; }
    Set<String> countries() { return countries; }
    Set<SsrRole> roles() { return roles; }
    long version() { return version; }
    Instant updatedAt() { return updatedAt; }
}
