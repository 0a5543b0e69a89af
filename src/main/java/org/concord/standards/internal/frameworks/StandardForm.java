package org.concord.standards.internal.frameworks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.concord.standards.internal.NameRow;

/** A standard of a framework as a page form or an API request sends it. */
public class StandardForm {

    @NotNull
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
    private String code;
    private int position;
    @Size(min = 1, max = 20)
    private List<@Valid NameRow> names = new ArrayList<>();
    private Long version;

    public String getCode() { return code; }
    public void setCode(String v) { code = NameRow.blankToNull(v); }
    public int getPosition() { return position; }
    public void setPosition(int v) { position = v; }
    public List<NameRow> getNames() { return names; }
    public void setNames(List<NameRow> v) { names = v == null ? new ArrayList<>() : v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }
}
