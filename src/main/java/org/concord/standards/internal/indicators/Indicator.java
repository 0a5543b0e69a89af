package org.concord.standards.internal.indicators;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.TreeSet;
import org.concord.standards.Direction;
import org.concord.standards.Unit;
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.Visibility;

/** What is measured for a standard, how, how often, and who may see it. Names carry the definition as description. */
@Entity
@Table(name = "standards_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long standardId;
    private String code;
    @Enumerated(EnumType.STRING)
    private Unit unit;
    @Enumerated(EnumType.STRING)
    private Direction direction;
    @Enumerated(EnumType.STRING)
    private Frequency frequency;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private Long ownerOrganisationId;
    private String dataSource;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "standards_indicator_name", joinColumns = @JoinColumn(name = "indicator_id"))
    @AttributeOverride(name = "description", column = @Column(name = "definition"))
    private Set<LocalName> names = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "standards_indicator_disaggregation", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "dimension")
    @Enumerated(EnumType.STRING)
    private Set<Dimension> disaggregations = new TreeSet<>();

    protected Indicator() {
    }

    public Indicator(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What an indicator says about itself, as one edit replaces it whole. */
    public record Description(long standardId, Unit unit, Direction direction, Frequency frequency,
                              Visibility visibility, long ownerOrganisationId, String dataSource,
                              Collection<LocalName> names, Collection<Dimension> disaggregations) {
    }

    public void describe(Description d, Instant now) {
        standardId = d.standardId();
        unit = d.unit();
        direction = d.direction();
        frequency = d.frequency();
        visibility = d.visibility();
        ownerOrganisationId = d.ownerOrganisationId();
        dataSource = d.dataSource();
        names.clear();
        d.names().stream().filter(n -> n.name() != null && !n.name().isBlank()).forEach(names::add);
        disaggregations.clear();
        disaggregations.addAll(d.disaggregations());
        updatedAt = now;
    }

    public Long id() { return id; }
    public long standardId() { return standardId; }
    public String code() { return code; }
    public Unit unit() { return unit; }
    public Direction direction() { return direction; }
    public Frequency frequency() { return frequency; }
    public Visibility visibility() { return visibility; }
    public long ownerOrganisationId() { return ownerOrganisationId; }
    public String dataSource() { return dataSource; }
    public Set<LocalName> names() { return names; }
    public Set<Dimension> disaggregations() { return disaggregations; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
}
