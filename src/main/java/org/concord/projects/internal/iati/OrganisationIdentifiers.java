package org.concord.projects.internal.iati;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which organisation references identify an organisation, and how organisations are told apart when they do not.
 * An IATI organisation identifier begins with the prefix of a registration agency (a country code or XI/XM, a dash,
 * then the agency's and the organisation's own codes: {@code XM-DAC-41114}, {@code GB-COH-123456}, the older
 * {@code US-1}); a reference without one — none, an empty one, a placeholder such as {@code N/A}, {@code 0},
 * {@code -}, {@code unknown}, {@code Not Applicable}, or a bare number — identifies nothing, and organisations
 * that share it are not the same organisation. Those are told apart by name within the publisher, and an
 * organisation with neither a usable reference nor a name is one of its own.
 *
 * <p>{@code R__projects_activity_writes.sql} holds the same test in SQL ({@code iati_organisation_identifier}).
 */
public final class OrganisationIdentifiers {

    /** The SQL regular expression of the same test ({@code ~}). */
    public static final String SQL_PATTERN = "^[A-Za-z]{2}-[A-Za-z0-9]";

    private static final Pattern USABLE = Pattern.compile("[A-Za-z]{2}-[A-Za-z0-9].*", Pattern.DOTALL);

    private OrganisationIdentifiers() {
    }

    /** Whether {@code ref} is an IATI organisation identifier (begins with a registration agency's prefix). */
    public static boolean usable(String ref) {
        return ref != null && USABLE.matcher(ref.strip()).matches();
    }

    /** {@code ref} when usable, else null. */
    public static String identifier(String ref) {
        return usable(ref) ? ref : null;
    }

    /**
     * What tells this organisation apart from others in Concord's figures (who does what, funders, filters): its
     * identifier when usable; else its name within the publisher ({@code publisher}: the reporting organisation's
     * identifier or name); else {@code unnamed}, which the caller makes unique (activity and position).
     */
    public static String key(String ref, String name, String publisher, String unnamed) {
        if (usable(ref)) {
            return ref;
        }
        if (name != null && !name.isBlank()) {
            return "name:" + (publisher == null ? "" : publisher) + ":"
                    + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
        return "unnamed:" + unnamed;
    }

    /** The publisher part of {@link #key}: the reporting organisation's usable identifier, else its name. */
    public static String publisher(IatiActivity a) {
        if (a.reportingOrg() == null) {
            return "";
        }
        if (usable(a.reportingOrg().ref())) {
            return a.reportingOrg().ref();
        }
        return a.reportingOrg().name() == null ? "" : a.reportingOrg().name().strip().toLowerCase(Locale.ROOT);
    }
}
