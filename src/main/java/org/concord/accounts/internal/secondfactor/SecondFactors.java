package org.concord.accounts.internal.secondfactor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of sign-in (TOTP, RFC 6238): who must have one, enrolment, checking a code or a recovery code,
 * turning it off, and an administrator's reset. Accounts holding a role of {@code concord.accounts.second-factor-roles}
 * (default OVERSIGHT_OFFICER) must enrol and pass it; anyone else may enrol, and then passes it too. A code's step
 * is remembered once used, so that the same code (or an older one) is refused on sign-in. Wrong codes in a row are
 * throttled per account: from the {@value #ATTEMPTS}th, one attempt per delay, doubling from 30 s to an hour. Every
 * change and every recovery code used is audited.
 */
@Service
public class SecondFactors {

    static final int ATTEMPTS = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    public enum Status { NONE, ENROLLING, ENROLLED }

    public enum Result { ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, THROTTLED, NOT_ENROLLED }

    /** What a check of a code came to; {@code retryAfter} when throttled, recovery codes left when one was used. */
    public record Check(Result result, long retryAfterSeconds, int recoveryCodesLeft) {
        public boolean accepted() {
            return result == Result.ACCEPTED || result == Result.RECOVERY_CODE_ACCEPTED;
        }
    }

    /** An enrolment under way: the secret to type in, and the address (and its QR code) for an authenticator app. */
    public record Enrolment(String secret, String uri, String qrCode) {
    }

    private final JdbcClient jdbc;
    private final SecretBox box;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Set<Role> requiredFor;
    private final String issuer;

    SecondFactors(JdbcClient jdbc, SecretBox box, Clock clock, ApplicationEventPublisher events,
                  @Value("${concord.accounts.second-factor-roles:OVERSIGHT_OFFICER}") String roles,
                  @Value("${concord.accounts.second-factor-issuer:Concord}") String issuer) {
        this.jdbc = jdbc;
        this.box = box;
        this.clock = clock;
        this.events = events;
        this.issuer = issuer;
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(set::add);
        this.requiredFor = set;
    }

    /** Must this person pass a second factor because of a role they hold? (No database read.) */
    public boolean requiredByRole(Actor actor) {
        return actor.grants().stream().anyMatch(g -> requiredFor.contains(g.role()));
    }

    @Transactional(readOnly = true)
    public Status status(long accountId) {
        return jdbc.sql("select confirmed_at is not null from account_second_factor where account_id = ?")
                .param(accountId).query(Boolean.class).optional()
                .map(confirmed -> confirmed ? Status.ENROLLED : Status.ENROLLING).orElse(Status.NONE);
    }

    /** Must this person pass a second factor: required by a role, or enrolled of their own accord. */
    public boolean needed(Actor actor) {
        return requiredByRole(actor) || status(actor.accountId()) == Status.ENROLLED;
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
                .param(accountId).query(Integer.class).single();
    }

    /** Starts (or shows again) the signed-in person's enrolment; empty when they are enrolled already. */
    @Transactional
    public Optional<Enrolment> enrolment() {
        Actor actor = CurrentActor.require();
        Optional<Row> row = lock(actor.accountId());
        if (row.isPresent() && row.get().confirmed()) {
            return Optional.empty();
        }
        byte[] secret;
        if (row.isPresent()) {
            secret = box.open(actor.accountId(), row.get().secret());
        } else {
            secret = Totp.newSecret();
            jdbc.sql("insert into account_second_factor (account_id, secret, created_at) values (?, ?, ?)")
                    .params(actor.accountId(), box.seal(actor.accountId(), secret), now()).update();
        }
        String uri = Totp.uri(issuer, actor.username(), secret);
        return Optional.of(new Enrolment(Totp.base32(secret), uri, QrCode.svgDataUri(uri)));
    }

    /** A confirmation's outcome: the check of the first code and, once accepted, the recovery codes (shown once). */
    public record Confirmation(Check check, List<String> recoveryCodes) {
    }

    /** Confirms the enrolment with a first code; on success the ten recovery codes. Empty: nothing to confirm. */
    @Transactional
    public Optional<Confirmation> confirm(String code) {
        Actor actor = CurrentActor.require();
        Row row = lock(actor.accountId()).filter(r -> !r.confirmed()).orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        Check check = checkCode(actor.accountId(), row, code, false, false);
        if (!check.accepted()) {
            return Optional.of(new Confirmation(check, List.of()));
        }
        jdbc.sql("update account_second_factor set confirmed_at = ? where account_id = ?")
                .params(now(), actor.accountId()).update();
        List<String> codes = RecoveryCodes.replace(jdbc, actor.accountId());
        events.publishEvent(EntityChanged.diff("account", actor.accountId(), "second-factor-enrolled",
                EntityChanged.snapshot("secondFactor", "none"), EntityChanged.snapshot("secondFactor", "totp",
                        "recoveryCodes", codes.size())));
        return Optional.of(new Confirmation(check, codes));
    }

    /**
     * Checks a code, or on pages a recovery code, for the account: {@code api} accepts again the code of the step
     * last used (a script may send the same code with each request of its 30 seconds), pages never.
     */
    @Transactional
    public Check check(long accountId, String code, boolean api) {
        Optional<Row> row = lock(accountId).filter(Row::confirmed);
        if (row.isEmpty()) {
            return new Check(Result.NOT_ENROLLED, 0, 0);
        }
        return checkCode(accountId, row.get(), code, api, !api);
    }

    /** Turns off the signed-in person's own second factor, after a current code; not for those whose role needs one. */
    @Transactional
    public boolean disableOwn(String code) {
        Actor actor = CurrentActor.require();
        if (requiredByRole(actor)) {
            return false;
        }
        Row row = lock(actor.accountId()).filter(Row::confirmed).orElse(null);
        if (row == null || !checkCode(actor.accountId(), row, code, false, false).accepted()) {
            return false;
        }
        delete(actor.accountId(), "second-factor-disabled");
        return true;
    }

    /** An administrator removes a person's second factor (a lost phone): they enrol again at their next sign-in. */
    @Transactional
    public void reset(long accountId) {
        CurrentActor.enforce(Actor::isAdmin);
        lock(accountId).orElseThrow(() -> new org.concord.shared.NotFoundException("second-factor", accountId));
        delete(accountId, "second-factor-reset");
    }

    private void delete(long accountId, String action) {
        jdbc.sql("delete from account_second_factor where account_id = ?").param(accountId).update();
        events.publishEvent(EntityChanged.diff("account", accountId, action,
                EntityChanged.snapshot("secondFactor", "totp"), EntityChanged.snapshot("secondFactor", "none")));
    }

    private Check checkCode(long accountId, Row row, String code, boolean sameStepAgain, boolean recoveryAllowed) {
        Instant now = clock.instant();
        if (row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
            return new Check(Result.THROTTLED, Math.max(1, Duration.between(now, row.blockedUntil()).toSeconds()), 0);
        }
        byte[] secret = box.open(accountId, row.secret());
        OptionalLong step = Totp.match(secret, code, now, sameStepAgain ? row.lastUsedStep() - 1 : row.lastUsedStep());
        if (step.isPresent()) {
            jdbc.sql("""
                    update account_second_factor set last_used_step = greatest(last_used_step, ?), failed_attempts = 0,
                        blocked_until = null where account_id = ?""").params(step.getAsLong(), accountId).update();
            return new Check(Result.ACCEPTED, 0, 0);
        }
        if (recoveryAllowed && RecoveryCodes.use(jdbc, accountId, code, now())) {
            jdbc.sql("update account_second_factor set failed_attempts = 0, blocked_until = null where account_id = ?")
                    .param(accountId).update();
            int left = recoveryCodesLeft(accountId);
            events.publishEvent(EntityChanged.diff("account", accountId, "recovery-code-used",
                    EntityChanged.snapshot("recoveryCodesLeft", left + 1), EntityChanged.snapshot("recoveryCodesLeft", left)));
            return new Check(Result.RECOVERY_CODE_ACCEPTED, 0, left);
        }
        int failures = row.failedAttempts() + 1;
        Instant blockedUntil = null;
        if (failures >= ATTEMPTS) {
            long delay = Math.min(LONGEST_DELAY.toSeconds(),
                    FIRST_DELAY.toSeconds() * (1L << Math.min(failures - ATTEMPTS, 20)));
            blockedUntil = now.plusSeconds(delay);
        }
        jdbc.sql("update account_second_factor set failed_attempts = ?, blocked_until = ? where account_id = ?")
                .params(failures, blockedUntil == null ? null : blockedUntil.atOffset(ZoneOffset.UTC), accountId).update();
        if (failures == ATTEMPTS) {
            events.publishEvent(EntityChanged.diff("account", accountId, "second-factor-throttled",
                    EntityChanged.snapshot(), EntityChanged.snapshot("failedCodes", failures, "refusedUntil", blockedUntil)));
        }
        return new Check(Result.WRONG, 0, 0);
    }

    private record Row(byte[] secret, boolean confirmed, long lastUsedStep, int failedAttempts, Instant blockedUntil) {
    }

    /** The account's row, locked until the transaction ends: checks of one account's codes take turns. */
    private Optional<Row> lock(long accountId) {
        return jdbc.sql("""
                        select secret, confirmed_at is not null, last_used_step, failed_attempts, blocked_until
                        from account_second_factor where account_id = ? for update""")
                .param(accountId)
                .query((rs, i) -> new Row(rs.getBytes(1), rs.getBoolean(2), rs.getLong(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class) == null ? null : rs.getObject(5, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
