package org.concord.funding.internal.register;

import java.math.BigDecimal;
import java.util.Locale;

/** How an outcome condition compares an indicator's value with its target. */
public enum TargetComparator {
    AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EQUAL;

    /** Reads the comparator as the funding module or a form writes it: a name, or a symbol ({@code >=}, {@code ≥}). */
    public static TargetComparator parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case ">=", "≥", "GE", "GTE", "AT_LEAST", "MIN", "MINIMUM" -> AT_LEAST;
            case ">", "GT", "MORE_THAN", "GREATER_THAN", "ABOVE" -> MORE_THAN;
            case "<=", "≤", "LE", "LTE", "AT_MOST", "MAX", "MAXIMUM" -> AT_MOST;
            case "<", "LT", "LESS_THAN", "BELOW" -> LESS_THAN;
            case "=", "==", "EQ", "EQUAL", "EQUALS" -> EQUAL;
            default -> throw new IllegalArgumentException("unknown comparator: " + text);
        };
    }

    /**
     * Whether some value of the indicator meets both {@code this target} and {@code other otherTarget}: the two
     * half-lines (or points) meet. False means that the two conditions cannot both be met: they contradict.
     */
    public boolean compatibleWith(BigDecimal target, TargetComparator other, BigDecimal otherTarget) {
        Bound low = Bound.lower(this, target).max(Bound.lower(other, otherTarget));
        Bound high = Bound.upper(this, target).min(Bound.upper(other, otherTarget));
        if (low.value == null || high.value == null) {
            return true; // unbounded on one side: some value meets both
        }
        int order = low.value.compareTo(high.value);
        return order < 0 || (order == 0 && low.inclusive && high.inclusive);
    }

    /** One end of the set of values that meet a condition; a null value is no bound (minus or plus infinity). */
    private record Bound(BigDecimal value, boolean inclusive) {

        static Bound lower(TargetComparator c, BigDecimal target) {
            return switch (c) {
                case AT_LEAST, EQUAL -> new Bound(target, true);
                case MORE_THAN -> new Bound(target, false);
                case AT_MOST, LESS_THAN -> new Bound(null, false);
            };
        }

        static Bound upper(TargetComparator c, BigDecimal target) {
            return switch (c) {
                case AT_MOST, EQUAL -> new Bound(target, true);
                case LESS_THAN -> new Bound(target, false);
                case AT_LEAST, MORE_THAN -> new Bound(null, false);
            };
        }

        /** The tighter of two lower bounds. */
        Bound max(Bound other) {
            if (value == null) {
                return other;
            }
            if (other.value == null) {
                return this;
            }
            int order = value.compareTo(other.value);
            return order > 0 ? this : order < 0 ? other : new Bound(value, inclusive && other.inclusive);
        }

        /** The tighter of two upper bounds. */
        Bound min(Bound other) {
            if (value == null) {
                return other;
            }
            if (other.value == null) {
                return this;
            }
            int order = value.compareTo(other.value);
            return order < 0 ? this : order > 0 ? other : new Bound(value, inclusive && other.inclusive);
        }
    }
}
