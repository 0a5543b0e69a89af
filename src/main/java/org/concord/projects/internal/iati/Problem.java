package org.concord.projects.internal.iati;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an activity: where (an element path such as {@code iati-activity[3]/transaction[2]/value})
 * and which rule, with the values that broke it. Two problems are equal when they name the same element and read
 * the same in English, so that a problem known only by its text (stored before rules had keys) compares with one
 * that has a key.
 */
public final class Problem {

    private final String element;
    private final IatiRule key;
    private final String[] arguments;
    /** The English text, rendered when first asked for: reading a file never needs it. */
    private String rule;

    public Problem(String element, IatiRule key, String... arguments) {
        this.element = Objects.requireNonNull(element);
        this.key = Objects.requireNonNull(key);
        this.arguments = arguments;
    }

    /** A problem known only by its English text. */
    public Problem(String element, String rule) {
        this.element = Objects.requireNonNull(element);
        this.key = null;
        this.arguments = new String[0];
        this.rule = Objects.requireNonNull(rule);
    }

    public String element() {
        return element;
    }

    /** null for a problem known only by its text. */
    public IatiRule key() {
        return key;
    }

    public List<String> arguments() {
        return Arrays.asList(arguments.clone());
    }

    /** The rule in English, in words a publisher can act on. */
    public String rule() {
        String text = rule;
        if (text == null) {
            text = key.english((Object[]) arguments);
            rule = text;
        }
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that && element.equals(that.element) && rule().equals(that.rule());
    }

    @Override
    public int hashCode() {
        return Objects.hash(element, rule());
    }

    @Override
    public String toString() {
        return "Problem[element=" + element + ", rule=" + rule() + "]";
    }
}
