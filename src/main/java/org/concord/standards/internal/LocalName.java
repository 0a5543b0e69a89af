package org.concord.standards.internal;

import jakarta.persistence.Embeddable;

/** A name and its longer text (description, definition) in one language (BCP 47 tag). */
@Embeddable
public record LocalName(String language, String name, String description) {
}
