package org.concord.accounts.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.concord.shared.security.Role;

/** What an administrator fills in to create or edit an account. */
public class AccountForm {

    @NotBlank
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{error.username-format}")
    private String username;
    @NotBlank
    @Size(max = 200)
    private String displayName;
    @Email
    @Size(max = 320)
    private String email;
    private List<@Valid GrantRow> grants = new ArrayList<>();

    public static class GrantRow {
        private Role role;
        private Long organisationId;

        public GrantRow() {
        }

        GrantRow(Role role, Long organisationId) {
            this.role = role;
            this.organisationId = organisationId;
        }

        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public Long getOrganisationId() { return organisationId; }
        public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName == null ? null : displayName.trim(); }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email == null || email.isBlank() ? null : email.trim(); }
    public List<GrantRow> getGrants() { return grants; }
    public void setGrants(List<GrantRow> grants) { this.grants = grants; }

    /** Leaves two empty rows for new grants on the page. */
    AccountForm withBlankRows() {
        grants.removeIf(g -> g.getRole() == null);
        grants.add(new GrantRow());
        grants.add(new GrantRow());
        return this;
    }
}
