package org.concord.standards.internal.frameworks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.concord.standards.internal.NameRow;
import org.concord.standards.internal.Visibility;

/** A framework as a page form or an API request sends it. The code cannot change once created. */
public class FrameworkForm {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
    private String code;
    @NotNull
    private Long ownerOrganisationId;
    @NotNull
    private Visibility visibility = Visibility.PUBLIC;
    @Size(min = 1, max = 20)
    private List<@Valid NameRow> names = new ArrayList<>();
    /** The version the editor saw; a stale version is refused rather than overwriting someone else's change. */
    private Long version;

    public String getCode() { return code; }
    public void setCode(String v) { code = NameRow.blankToNull(v); }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(Long v) { ownerOrganisationId = v; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility v) { visibility = v; }
    public List<NameRow> getNames() { return names; }
    public void setNames(List<NameRow> v) { names = v == null ? new ArrayList<>() : v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
