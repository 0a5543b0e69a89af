package org.concord.projects;

/** A reform area of Concord's thesaurus, named in the reader's language, with the colour charts draw it in. */
public record ReformArea(String code, String name, String colour) {
}
