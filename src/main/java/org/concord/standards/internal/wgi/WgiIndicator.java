package org.concord.standards.internal.wgi;

import java.util.Locale;
import java.util.Optional;

/** The six Worldwide Governance Indicators, by the code the World Bank's long layout uses. */
public enum WgiIndicator {
    VA("va", "Voice and Accountability"),
    PV("pv", "Political Stability and Absence of Violence/Terrorism"),
    GE("ge", "Government Effectiveness"),
    RQ("rq", "Regulatory Quality"),
    RL("rl", "Rule of Law"),
    CC("cc", "Control of Corruption");

    private final String code;
    private final String englishName;

    WgiIndicator(String code, String englishName) {
        this.code = code;
        this.englishName = englishName;
    }

    public String code() {
        return code;
    }

    public String englishName() {
        return englishName;
    }

    /** The indicator a file's code names ("va", "VA", " va "), if any. */
    public static Optional<WgiIndicator> ofCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (WgiIndicator i : values()) {
            if (i.code.equals(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
