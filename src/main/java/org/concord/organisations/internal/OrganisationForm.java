package org.concord.organisations.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concord.organisations.OrganisationSubtype;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.SsrRole;

/** An organisation as a page form or an API request sends it. */
public class OrganisationForm {

    @NotNull
    private OrganisationType type;
    private OrganisationSubtype subtype;
    @Size(min = 1, max = 20)
    private List<@Valid NameRow> names = new ArrayList<>();
    @Size(max = 100)
    private String iatiIdentifier;
    @Size(min = 2, max = 2)
    private String headquartersCountry;
    private List<String> countries = new ArrayList<>();
    @Size(max = 500)
    private String website;
    @Size(max = 10000)
    private String mandate;
    @Size(max = 10000)
    private String ssrSummary;
    private Set<SsrRole> roles = new LinkedHashSet<>();
    private Long parentId;
    /** The version the editor saw; a stale version is refused rather than overwriting someone else's change. */
    private Long version;

    public static class NameRow {
        @Size(max = 10)
        private String language;
        @Size(max = 300)
        private String name;
        @Size(max = 40)
        private String acronym;

        public NameRow() {
        }

        NameRow(String language, String name, String acronym) {
            this.language = language;
            this.name = name;
            this.acronym = acronym;
        }

        public String getLanguage() { return language; }
        public void setLanguage(String v) { language = blankToNull(v); }
        public String getName() { return name; }
        public void setName(String v) { name = blankToNull(v); }
        public String getAcronym() { return acronym; }
        public void setAcronym(String v) { acronym = blankToNull(v); }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public OrganisationType getType() { return type; }
    public void setType(OrganisationType v) { type = v; }
    public OrganisationSubtype getSubtype() { return subtype; }
    public void setSubtype(OrganisationSubtype v) { subtype = v; }
    public List<NameRow> getNames() { return names; }
    public void setNames(List<NameRow> v) { names = v == null ? new ArrayList<>() : v; }
    public String getIatiIdentifier() { return iatiIdentifier; }
    public void setIatiIdentifier(String v) { iatiIdentifier = blankToNull(v); }
    public String getHeadquartersCountry() { return headquartersCountry; }
    public void setHeadquartersCountry(String v) { headquartersCountry = v == null ? null : blankToNull(v.toUpperCase(java.util.Locale.ROOT)); }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> v) {
        countries = v == null ? new ArrayList<>() : v.stream().filter(c -> c != null && !c.isBlank())
                .map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = blankToNull(v); }
    public String getMandate() { return mandate; }
    public void setMandate(String v) { mandate = blankToNull(v); }
    public String getSsrSummary() { return ssrSummary; }
    public void setSsrSummary(String v) { ssrSummary = blankToNull(v); }
    public Set<SsrRole> getRoles() { return roles; }
    public void setRoles(Set<SsrRole> v) { roles = v == null ? new LinkedHashSet<>() : v; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long v) { parentId = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { version = v; }

    /** The form's content as the entity takes it: the names given, without the empty rows the page offers. */
    Organisation.Description description() {
        return new Organisation.Description(type, subtype, iatiIdentifier, headquartersCountry, website, mandate,
                ssrSummary, parentId, names.stream().filter(n -> n.getName() != null)
                .map(n -> new Organisation.Name(n.getLanguage(), n.getName(), n.getAcronym())).toList(),
                countries, roles);
    }
}
