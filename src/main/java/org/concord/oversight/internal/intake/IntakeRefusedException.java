package org.concord.oversight.internal.intake;

/**
 * The channel takes no report now: too many this minute ({@code busy}), too many being stored on this instance at this
 * moment ({@code overloaded}), or nobody can read it yet ({@code not-ready}).
 */
public class IntakeRefusedException extends RuntimeException {

    private final String reason;

    public IntakeRefusedException(String reason) {
        super("intake refused: " + reason, null, false, false);
        this.reason = reason;
    }

    /** "busy", "overloaded" or "not-ready" */
    public String reason() {
        return reason;
    }
}
