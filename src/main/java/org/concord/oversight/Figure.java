package org.concord.oversight;

/**
 * One published count. {@code value} is null when {@code suppressed}: it is then shown as "fewer than 5" (a primary
 * suppression, 1 to 4) or hidden so that a suppressed figure cannot be worked out from the others (a secondary one).
 * Never carries the number it hides.
 */
public record Figure(Long value, boolean suppressed) {

    public static Figure shown(long value) {
        return new Figure(value, false);
    }

    public static Figure hidden() {
        return new Figure(null, true);
    }
}
