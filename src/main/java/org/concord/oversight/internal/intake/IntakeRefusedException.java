package org.concord.oversight.internal.intake;

/** The channel takes no report now: too many this minute ({@code busy}), or nobody can read it yet. */
public class IntakeRefusedException extends RuntimeException {

    private final String reason;

    public IntakeRefusedException(String reason) {
        super("intake refused: " + reason, null, false, false);
        this.reason = reason;
    }

    /** "busy" or "not-ready" */
    public String reason() {
        return reason;
    }
}
