package org.concord.projects.internal.iati;

/**
 * The file holds a text longer than Concord accepts ({@link IatiReader#scan(java.io.InputStream, int)}): the text
 * of one element, or a piece of markup (an attribute value, comment, CDATA section, processing instruction) that
 * the parser would have to hold whole. Says where, so that the publisher can find it: the element ({@code element},
 * an import report's path such as {@code iati-activity[3]/title/narrative}), the line, and the activity
 * ({@code identifier} as published, null when the activity's identifier had not been read yet).
 */
public class IatiTextTooLongException extends IatiFileException {

    /** What was too long: the text of an element (limit in characters) or markup (limit in bytes). */
    public enum Kind { TEXT, MARKUP }

    private final Kind kind;
    private final String element;
    private final int line;
    private final String identifier;
    private final long limit;

    IatiTextTooLongException(Kind kind, String element, int line, String identifier, long limit, Throwable cause) {
        super(describe(kind, element, line, identifier, limit), cause);
        this.kind = kind;
        this.element = element;
        this.line = line;
        this.identifier = identifier;
        this.limit = limit;
    }

    private static String describe(Kind kind, String element, int line, String identifier, long limit) {
        String where = element + " (line " + line + (identifier == null ? "" : ", activity " + identifier) + ")";
        return kind == Kind.TEXT
                ? "The text of " + where + " is longer than " + limit + " characters, the most Concord accepts in one element."
                : "Inside " + where + " an attribute value, comment, CDATA section or processing instruction is longer than "
                + limit + " bytes.";
    }

    public Kind kind() {
        return kind;
    }

    public String element() {
        return element;
    }

    public int line() {
        return line;
    }

    /** The activity's iati-identifier, or null when it was not read before the text. */
    public String identifier() {
        return identifier;
    }

    public long limit() {
        return limit;
    }
}
