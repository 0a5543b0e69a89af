package org.concord.projects.internal.iati;

/** The IATI ActivityStatus codelist: where an activity is in its life. */
public enum ActivityStatus {
    PIPELINE("1"),
    IMPLEMENTATION("2"),
    FINALISATION("3"),
    CLOSED("4"),
    CANCELLED("5"),
    SUSPENDED("6");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** null when the code is not in the codelist. */
    public static ActivityStatus of(String code) {
        for (ActivityStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
