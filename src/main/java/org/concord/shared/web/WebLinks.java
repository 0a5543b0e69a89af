package org.concord.shared.web;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Whether an address from outside (a document link in an imported file, an organisation's website) may be shown as a
 * link. Only http and https: a {@code javascript:} address would run script in Concord's pages when followed (the
 * Content-Security-Policy blocks it in today's browsers, not in every browser), a {@code data:} or {@code file:} one
 * shows whatever it carries as if it came from Concord. Any other address is shown as text. Templates ask the bean:
 * {@code th:if="${@webLinks.linkable(d.url())}"}.
 */
@Component("webLinks")
public class WebLinks {

    /**
     * True when a browser following {@code address} would open an http or https address: the scheme is read as a
     * browser reads it, after dropping the spaces and control characters around the address and the tabs and line
     * breaks inside it ({@code " java\tscript:"} is a javascript: address to a browser).
     */
    public boolean linkable(String address) {
        return isWebAddress(address);
    }

    /** As {@link #linkable(String)}, for Java callers. */
    public static boolean isWebAddress(String address) {
        if (address == null) {
            return false;
        }
        StringBuilder significant = new StringBuilder(8);
        for (int i = 0; i < address.length() && significant.length() < 8; i++) {
            char c = address.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (significant.isEmpty() && c <= ' ')) {
                continue;
            }
            significant.append(c);
        }
        String start = significant.toString().toLowerCase(Locale.ROOT);
        return start.startsWith("http://") || start.startsWith("https://");
    }
}
