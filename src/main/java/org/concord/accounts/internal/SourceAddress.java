package org.concord.accounts.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a sign-in attempt comes from, as the throttle counts it: the request's remote address (which the server takes
 * from forwarded headers only when told to trust them). An IPv6 address counts as its /64 network, since one
 * subscriber is commonly given a whole /64 and could otherwise change address at every attempt.
 */
final class SourceAddress {

    static final String UNKNOWN = "unknown";
    /** A dotted IPv4 address or an IPv6 literal (with a colon): parsing either never asks DNS. */
    private static final Pattern IP_LITERAL =
            Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*(%[0-9A-Za-z_.-]+)?");

    private SourceAddress() {
    }

    /** The address of the authentication's request, from the details Spring Security attaches to it. */
    static String of(Object authenticationDetails) {
        return authenticationDetails instanceof WebAuthenticationDetails web ? of(web.getRemoteAddress()) : UNKNOWN;
    }

    static String of(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return UNKNOWN;
        }
        String literal = remoteAddress.trim();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!IP_LITERAL.matcher(literal).matches()) {
            // not an address (never resolved as a host name): counted as given, within the column's size
            return literal.length() > 64 ? literal.substring(0, 64) : literal;
        }
        try {
            InetAddress address = InetAddress.getByName(literal);
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                StringBuilder network = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return network.append(":/64").toString();
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return literal.length() > 64 ? literal.substring(0, 64) : literal;
        }
    }
}
