package org.concord.shared;

import java.util.List;

/**
 * Input broke a rule. Carries each broken rule as a {@link FieldError} so that the API answers
 * with a problem document naming the field and the rule, and a page shows the same message
 * beside the field.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.rule()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String rule, Object... arguments) {
        this(List.of(new FieldError(field, rule, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * One broken rule. {@code rule} is a short stable name ("required", "unknown-country") and
     * also the last part of the message key {@code error.<rule>}.
     */
    public record FieldError(String field, String rule, Object... arguments) {
        public String messageKey() {
            return "error." + rule;
        }
    }
}
