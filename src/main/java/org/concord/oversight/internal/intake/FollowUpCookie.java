package org.concord.oversight.internal.intake;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.oversight.internal.crypto.ServerSecret;
import org.springframework.stereotype.Component;

/**
 * After a right receipt, the reporter's browser keeps the report's id and key in a cookie sealed with a key derived
 * from the server secret (HttpOnly, SameSite=Strict, Secure over https, path /report/follow-up, no expiry date: gone
 * when the browser closes, and refused after 30 minutes). Nothing is kept on the server, so no session row holds the
 * receipt or the key, and any instance reads the cookie.
 */
@Component
class FollowUpCookie {

    static final String NAME = "CONCORD_REPORT";
    static final Duration VALID = Duration.ofMinutes(30);

    private final byte[] key;
    private final Clock clock;

    FollowUpCookie(ServerSecret secret, Clock clock) {
        this.key = secret.key("follow-up-cookie");
        this.clock = clock;
    }

    record Opened(long reportId, byte[] reportKey) {
    }

    String seal(long reportId, byte[] reportKey) {
        byte[] plain = ByteBuffer.allocate(16 + reportKey.length).putLong(reportId)
                .putLong(clock.instant().getEpochSecond()).put(reportKey).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Aead.seal(key, plain, "follow-up"));
    }

    Optional<Opened> open(String value) {
        if (value == null || value.length() > 500) {
            return Optional.empty();
        }
        try {
            ByteBuffer plain = ByteBuffer.wrap(Aead.open(key, Base64.getUrlDecoder().decode(value), "follow-up"));
            long reportId = plain.getLong();
            Instant issued = Instant.ofEpochSecond(plain.getLong());
            if (issued.plus(VALID).isBefore(clock.instant())) {
                return Optional.empty();
            }
            byte[] reportKey = new byte[plain.remaining()];
            plain.get(reportKey);
            return Optional.of(new Opened(reportId, reportKey));
        } catch (IllegalArgumentException | Aead.WrongKeyException e) {
            return Optional.empty();
        }
    }
}
