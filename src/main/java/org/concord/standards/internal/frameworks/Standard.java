package org.concord.standards.internal.frameworks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/** One standard (benchmark) of a framework; indicators measure it. */
@Entity
@Table(name = "standards_standard")
public class Standard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long frameworkId;
    private String code;
    private int position;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "standards_standard_name", joinColumns = @JoinColumn(name = "standard_id"))
    private Set<LocalName> names = new LinkedHashSet<>();

    protected Standard() {
    }

    public Standard(long frameworkId, String code, Instant now) {
        this.frameworkId = frameworkId;
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(int position, Collection<LocalName> names, Instant now) {
        this.position = position;
        this.names.clear();
        names.stream().filter(n -> n.name() != null && !n.name().isBlank()).forEach(this.names::add);
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public long frameworkId() { return frameworkId; }
    public String code() { return code; }
    public int position() { return position; }
    public Set<LocalName> names() { return names; }
    public long version() { return version; }
}
