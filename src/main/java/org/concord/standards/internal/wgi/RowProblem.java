package org.concord.standards.internal.wgi;

/**
 * A row the importer could not use: the file's line, the column (its header in the file, or empty for the whole
 * row), the text found there and the rule it breaks (a message key under {@code wgi.problem.}).
 */
public record RowProblem(long line, String column, String value, String rule) {
}
