package org.concord.oversight.internal.inbox;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Base64;
import java.util.Optional;
import org.concord.oversight.internal.crypto.Aead;
import org.concord.shared.web.PublicAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * A signed-in officer's private key, once unlocked with their password, for the rest of their session. Sessions are
 * rows in PostgreSQL, so the session keeps the key only sealed (AES-256-GCM) under a random key that lives nowhere
 * but in the officer's browser: a cookie, HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Secure over https, scoped to /oversight, without expiry (gone with the browser). Someone with the database
 * alone, or the cookie alone, has nothing. Signing out ends the session and with it the sealed key.
 */
@Component
class UnlockedKey {

    static final String COOKIE = "CONCORD_OVERSIGHT_KEY";
    static final String ATTRIBUTE = "oversight.sealed-key";

    private final PublicAddress address;

    UnlockedKey(PublicAddress address) {
        this.address = address;
    }

    /** What the session holds: whose key, sealed. */
    record Sealed(long accountId, byte[] sealed) implements java.io.Serializable {
    }

    void keep(long accountId, byte[] privateKey, HttpServletRequest request, HttpServletResponse response) {
        byte[] cookieKey = Aead.newKey();
        request.getSession(true).setAttribute(ATTRIBUTE,
                new Sealed(accountId, Aead.seal(cookieKey, privateKey, "officer-session:" + accountId)));
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE,
                        Base64.getUrlEncoder().withoutPadding().encodeToString(cookieKey))
                .httpOnly(true).sameSite("Strict").secure(address.secure(request)).path("/oversight").build().toString());
    }

    /** The officer's private key, when this session and this browser unlocked it. */
    Optional<byte[]> find(long accountId, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Sealed sealed) || sealed.accountId() != accountId
                || request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    return Optional.of(Aead.open(Base64.getUrlDecoder().decode(cookie.getValue()), sealed.sealed(),
                            "officer-session:" + accountId));
                } catch (IllegalArgumentException | Aead.WrongKeyException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
