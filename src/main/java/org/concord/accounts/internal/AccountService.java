package org.concord.accounts.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Grant;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to an account: permission first, one transaction, one audit row. */
@Service
class AccountService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final AccountPermissions permissions;
    private final java.time.Clock clock;
    private final PasswordRules passwordRules;
    private final SignInThrottle throttle;
    /** Looked up when a password changes: participants may themselves depend on {@code Accounts}. */
    private final org.springframework.beans.factory.ObjectProvider<org.concord.accounts.PasswordChangeParticipant> participants;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, Organisations organisations,
                   ApplicationEventPublisher events, AccountPermissions permissions, java.time.Clock clock,
                   PasswordRules passwordRules, SignInThrottle throttle,
                   org.springframework.beans.factory.ObjectProvider<org.concord.accounts.PasswordChangeParticipant> participants) {
        this.participants = participants;
        this.clock = clock;
        this.passwordRules = passwordRules;
        this.throttle = throttle;
        this.permissions = permissions;
        this.accounts = accounts;
        this.encoder = encoder;
        this.organisations = organisations;
        this.events = events;
    }

    /** A new account and the one-time password to hand to its owner (shown once, never stored in clear). */
    record Created(long id, String oneTimePassword) {
    }

    @Transactional
    public Created create(AccountForm form) {
        requireAdmin();
        if (accounts.findByUsername(form.getUsername()).isPresent()) {
            throw new InvalidInputException("username", "username-taken", form.getUsername());
        }
        Set<Grant> grants = grants(form);
        String password = oneTimePassword(form.getUsername(), form.getDisplayName(), form.getEmail());
        Account account = new Account(form.getUsername(), form.getDisplayName(), form.getEmail(), encoder.encode(password),
                clock.instant());
        account.replaceGrants(grants, clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(EntityChanged.diff("account", account.id(), "created", Map.of(), snapshot(account)));
        return new Created(account.id(), password);
    }

    @Transactional
    public void update(long id, AccountForm form) {
        requireAdmin();
        Account account = find(id);
        Map<String, Object> before = snapshot(account);
        Set<Grant> grants = grants(form);
        if (account.id().equals(CurrentActor.require().accountId())
                && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
            throw new InvalidInputException("grants", "cannot-remove-own-admin");
        }
        account.displayName(form.getDisplayName(), clock.instant());
        account.email(form.getEmail(), clock.instant());
        account.replaceGrants(grants, clock.instant());
        accounts.saveAndFlush(account);
        publishIfChanged(account, "updated", before);
    }

    @Transactional
    public void setActive(long id, boolean active) {
        requireAdmin();
        Account account = find(id);
        if (!active && account.id().equals(CurrentActor.require().accountId())) {
            throw new InvalidInputException("active", "cannot-deactivate-self");
        }
        Map<String, Object> before = snapshot(account);
        account.active(active, clock.instant());
        accounts.saveAndFlush(account);
        publishIfChanged(account, active ? "activated" : "deactivated", before);
    }

    /** Replaces the password with a new one-time password the owner must change at next sign-in. */
    @Transactional
    public String resetPassword(long id) {
        requireAdmin();
        Account account = find(id);
        String password = oneTimePassword(account.username(), account.displayName(), account.email());
        account.passwordHash(encoder.encode(password), true, clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(EntityChanged.diff("account", id, "password-reset",
                Map.of("mustChangePassword", "false"), Map.of("mustChangePassword", "true")));
        return password;
    }

    @Transactional
    public void changeOwnPassword(PasswordForm form) {
        Actor actor = permissions.checkMayChangeOwnPassword();
        Account account = find(actor.accountId());
        List<FieldError> errors = new ArrayList<>();
        if (!encoder.matches(form.getCurrentPassword(), account.passwordHash())) {
            errors.add(new FieldError("currentPassword", "wrong-password"));
        }
        String candidate = form.getNewPassword();
        if (candidate.equalsIgnoreCase(account.username()) || candidate.equals(form.getCurrentPassword())) {
            errors.add(new FieldError("newPassword", "password-reused"));
        } else {
            passwordRules.check("newPassword", candidate, account.username(), account.displayName(), account.email())
                    .ifPresent(errors::add);
        }
        if (!candidate.equals(form.getConfirmation())) {
            errors.add(new FieldError("confirmation", "password-mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.passwordHash(encoder.encode(candidate), false, clock.instant());
        accounts.saveAndFlush(account);
        participants.orderedStream().forEach(p -> p.passwordChanged(account.id(), form.getCurrentPassword().toCharArray(),
                candidate.toCharArray()));
        events.publishEvent(EntityChanged.of("account", account.id(), "password-changed"));
    }

    /** The signed-in person's own choice of language for what Concord writes to them (e-mail). */
    @Transactional
    public void changeOwnLanguage(org.concord.shared.Language language) {
        Account account = find(permissions.checkMayChangeOwnLanguage().accountId());
        Map<String, Object> before = snapshot(account);
        account.preferredLanguage(language.tag(), clock.instant());
        accounts.saveAndFlush(account);
        publishIfChanged(account, "language-changed", before);
    }

    /**
     * Creates the first administrator when there is no account at all; returns false when accounts exist. A password
     * that breaks the password rules is refused (the operator chose it: Concord does not start with a guessable one).
     */
    @Transactional
    public boolean createFirstAdministrator(String username, String password) {
        if (accounts.count() > 0) {
            return false;
        }
        passwordRules.check("concord.admin.password", password, username, "Administrator").ifPresent(broken -> {
            throw new InvalidInputException(List.of(broken));
        });
        Account admin = new Account(username, "Administrator", null, encoder.encode(password), clock.instant());
        admin.replaceGrants(Set.of(new Grant(Role.ADMIN, null)), clock.instant());
        accounts.saveAndFlush(admin);
        events.publishEvent(EntityChanged.diff("account", admin.id(), "created", Map.of(), snapshot(admin)));
        return true;
    }

    @Transactional(readOnly = true)
    public List<AccountView> all() {
        requireAdmin();
        return accounts.findAllOrdered().stream().map(AccountView::of).toList();
    }

    /** The organisations a role may be given in, for the account form; administrators only. */
    @Transactional(readOnly = true)
    public Map<Long, String> grantChoices(java.util.Locale locale) {
        requireAdmin();
        return organisations.names(locale);
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        requireAdmin();
        return AccountView.of(find(id));
    }

    /** What an administrator may see of an account's sign-in throttle: the addresses it counts failures from. */
    @Transactional(readOnly = true)
    public List<SignInThrottle.Count> signInThrottle(long id) {
        requireAdmin();
        return throttle.counts(find(id).username());
    }

    /** Lets the account's owner sign in again from everywhere, forgetting the failed attempts counted against it. */
    @Transactional
    public void unlockSignIn(long id) {
        requireAdmin();
        Account account = find(id);
        int addresses = throttle.clear(account.username());
        events.publishEvent(EntityChanged.diff("account", id, "sign-in-unlocked",
                EntityChanged.snapshot("throttledAddresses", addresses), EntityChanged.snapshot("throttledAddresses", 0)));
    }

    /** A random one-time password that passes the password rules for this person (it virtually always does). */
    private String oneTimePassword(String... personal) {
        String password = oneTimePassword();
        while (passwordRules.check("password", password, personal).isPresent()) {
            password = oneTimePassword();
        }
        return password;
    }

    static String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private Set<Grant> grants(AccountForm form) {
        Set<Grant> grants = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.getGrants().size(); i++) {
            AccountForm.GrantRow row = form.getGrants().get(i);
            if (row.getRole() == null) {
                continue;
            }
            if (row.getRole() != Role.ADMIN && row.getOrganisationId() == null) {
                errors.add(new FieldError("grants[" + i + "].organisationId", "organisation-required-for-role"));
            } else if (row.getOrganisationId() != null && organisations.find(row.getOrganisationId(), java.util.Locale.ENGLISH).isEmpty()) {
                errors.add(new FieldError("grants[" + i + "].organisationId", "unknown-organisation"));
            } else {
                grants.add(new Grant(row.getRole(), row.getRole() == Role.ADMIN ? null : row.getOrganisationId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return grants;
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private void publishIfChanged(Account account, String action, Map<String, Object> before) {
        EntityChanged change = EntityChanged.diff("account", account.id(), action, before, snapshot(account));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    private static Map<String, Object> snapshot(Account account) {
        return EntityChanged.snapshot(
                "username", account.username(),
                "displayName", account.displayName(),
                "email", account.email(),
                "preferredLanguage", account.preferredLanguage(),
                "active", account.active(),
                "grants", account.grantSet().stream()
                        .map(g -> g.role() + (g.organisationId() == null ? "" : "@" + g.organisationId())).toList());
    }

    private void requireAdmin() {
        permissions.checkMayAdministerAccounts();
    }
}
