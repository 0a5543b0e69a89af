package org.concord.standards.internal;

/** Who may read a framework or indicator and its values: everyone, or its organisation's members and evaluators. */
public enum Visibility {
    PUBLIC, RESTRICTED
}
