package org.concord.projects;

/** One of the rules by which money is counted once, in the reader's language, shown under every total. */
public record CountingRule(String key, String text) {
}
