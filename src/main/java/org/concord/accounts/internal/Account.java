package org.concord.accounts.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.shared.security.Actor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;

@Entity
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String email;
    /** BCP 47 tag of an interface language, or null until the person chooses one. */
    private String preferredLanguage;
    private String passwordHash;
    private boolean mustChangePassword = true;
    private boolean active = true;
    private Instant lastSignIn;
    private Instant createdAt;
    private Instant updatedAt;
    /** Moves on every change of the account (roles, status, password...): signed-in sessions compare it on each request. */
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id", nullable = false)
    private Set<AccountGrant> grants = new LinkedHashSet<>();

    protected Account() {
    }

    Account(String username, String displayName, String email, String passwordHash, Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    Actor actor() {
        return new Actor(id, username, grants.stream().map(AccountGrant::grant).collect(Collectors.toUnmodifiableSet()));
    }

    Set<Grant> grantSet() {
        return grants.stream().map(AccountGrant::grant).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    void replaceGrants(Set<Grant> wanted, Instant now) {
        grants.removeIf(g -> !wanted.contains(g.grant()));
        Set<Grant> present = grantSet();
        wanted.stream().filter(g -> !present.contains(g)).forEach(g -> grants.add(new AccountGrant(g.role(), g.organisationId())));
        updatedAt = now;
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    void displayName(String value, Instant now) { displayName = value; updatedAt = now; }
    String email() { return email; }
    void email(String value, Instant now) { email = value; updatedAt = now; }
    String preferredLanguage() { return preferredLanguage; }
    void preferredLanguage(String tag, Instant now) { preferredLanguage = tag; updatedAt = now; }
    String passwordHash() { return passwordHash; }
    void passwordHash(String hash, boolean mustChange, Instant now) { passwordHash = hash; mustChangePassword = mustChange; updatedAt = now; }
    boolean mustChangePassword() { return mustChangePassword; }
    boolean active() { return active; }
    void active(boolean value, Instant now) { active = value; updatedAt = now; }
    Instant lastSignIn() { return lastSignIn; }
    Instant createdAt() { return createdAt; }
    long version() { return version; }

    @Entity
    @Table(name = "account_grant")
    static class AccountGrant {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;
        @Enumerated(EnumType.STRING)
        private Role role;
        @Column(name = "organisation_id")
        private Long organisationId;

        protected AccountGrant() {
        }

        AccountGrant(Role role, Long organisationId) {
            this.role = role;
            this.organisationId = organisationId;
        }

        Grant grant() {
            return new Grant(role, organisationId);
        }
    }
}
