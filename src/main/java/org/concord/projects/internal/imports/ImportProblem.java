package org.concord.projects.internal.imports;

/** One rejected activity's broken rule, or one warning on an imported activity. */
public record ImportProblem(Integer position, String iatiIdentifier, String kind, String element, String rule) {
}
