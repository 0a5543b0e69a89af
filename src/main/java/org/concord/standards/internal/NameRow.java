package org.concord.standards.internal;

import jakarta.validation.constraints.Size;

/** One language's name and longer text, as a form or API request sends it. */
public class NameRow {
    @Size(max = 10)
    private String language;
    @Size(max = 300)
    private String name;
    @Size(max = 10000)
    private String description;

    public NameRow() {
    }

    public NameRow(String language, String name, String description) {
        this.language = language;
        this.name = name;
        this.description = description;
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = blankToNull(v); }
    public String getName() { return name; }
    public void setName(String v) { name = blankToNull(v); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = blankToNull(v); }
}
