package org.concord.projects.internal.country;

/** A national SSR priority as the coordinators' form sends it. */
public class CountryPriorityForm {

    private String title;
    private String reformArea;
    private String description;
    /** The version the editor saw; a stale version is refused rather than overwriting someone else's change. */
    private Long version;

    public String getTitle() { return title; }
    public void setTitle(String v) { title = blankToNull(v); }
    public String getReformArea() { return reformArea; }
    public void setReformArea(String v) { reformArea = blankToNull(v); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = blankToNull(v); }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
