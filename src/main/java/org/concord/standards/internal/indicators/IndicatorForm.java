package org.concord.standards.internal.indicators;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concord.standards.Direction;
import org.concord.standards.Unit;
import org.concord.standards.internal.NameRow;
import org.concord.standards.internal.Visibility;

/** An indicator as a page form, an API request or a CSV row sends it. Names carry the definition as description. */
public class IndicatorForm {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,59}")
    private String code;
    @NotNull
    private Long standardId;
    @NotNull
    private Unit unit;
    @NotNull
    private Direction direction;
    @NotNull
    private Frequency frequency = Frequency.ANNUAL;
    @NotNull
    private Visibility visibility = Visibility.PUBLIC;
    @NotNull
    private Long ownerOrganisationId;
    @Size(max = 500)
    private String dataSource;
    private Set<Dimension> disaggregations = new LinkedHashSet<>();
    @Size(min = 1, max = 20)
    private List<@Valid NameRow> names = new ArrayList<>();
    private Long version;

    public String getCode() { return code; }
    public void setCode(String v) { code = NameRow.blankToNull(v); }
    public Long getStandardId() { return standardId; }
    public void setStandardId(Long v) { standardId = v; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit v) { unit = v; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction v) { direction = v; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency v) { frequency = v; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility v) { visibility = v; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long v) { ownerOrganisationId = v; }
    public String getDataSource() { return dataSource; }
    public void setDataSource(String v) { dataSource = NameRow.blankToNull(v); }
    public Set<Dimension> getDisaggregations() { return disaggregations; }
    public void setDisaggregations(Set<Dimension> v) { disaggregations = v == null ? new LinkedHashSet<>() : v; }
    public List<NameRow> getNames() { return names; }
    public void setNames(List<NameRow> v) { names = v == null ? new ArrayList<>() : v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
