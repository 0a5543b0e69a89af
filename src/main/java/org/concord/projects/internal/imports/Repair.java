package org.concord.projects.internal.imports;

import java.util.Arrays;
import org.concord.shared.InvalidInputException;

/**
 * What an importer may explicitly ask to have done to a file that is not well-formed, so that the rest of it can be
 * imported. Chosen per upload (page checkbox, API and command-line parameter {@code repair}), kept with the job,
 * audited, and each change listed in the job's report.
 */
public enum Repair {
    /** Nothing: a file that is not well-formed is refused. */
    NONE(null),
    /** Remove the characters XML 1.0 forbids (and character references to them). */
    REMOVE_FORBIDDEN_CHARACTERS("remove-forbidden-characters");

    private final String value;

    Repair(String value) {
        this.value = value;
    }

    /** The parameter's value; null for {@link #NONE}. */
    public String value() {
        return value;
    }

    /** From the parameter: absent or blank is {@link #NONE}; anything else unknown is refused, naming the field. */
    public static Repair of(String value) {
        if (value == null || value.isBlank() || value.equals("none")) {
            return NONE;
        }
        return Arrays.stream(values()).filter(r -> value.equals(r.value)).findFirst()
                .orElseThrow(() -> new InvalidInputException("repair", "import-repair-unknown", value));
    }
}
