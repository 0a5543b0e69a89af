package org.concord.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.shared.InvalidInputException;
import org.concord.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refused API requests into RFC 9457 problem documents. Invalid input lists each broken
 * rule as {@code {"field", "rule", "message"}} with the message in the request's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final URI INVALID_INPUT = URI.create("https://concord.example.org/problems/invalid-input");

    private final MessageSource messages;

    ProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "rule", f.rule(),
                        "message", messages.getMessage(f.messageKey(), f.arguments(), f.rule(), locale)))
                .toList();
        ProblemDetail problem = invalid(errors, locale);
        if (e.errors().stream().anyMatch(f -> f.rule().equals("file-too-large"))) {
            problem.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        } else if (e.errors().stream().anyMatch(f -> f.rule().endsWith("-in-use"))) {
            // the request is sound but what it would remove is still needed
            problem.setStatus(HttpStatus.CONFLICT);
        }
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", v.getPropertyPath().toString(),
                        "rule", ruleName(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        "message", v.getMessage()))
                .toList();
        return invalid(errors, LocaleContextHolder.getLocale());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(messages.getMessage("error.not-found.title", null, "Not found", LocaleContextHolder.getLocale()));
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict(ObjectOptimisticLockingFailureException e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setDetail(messages.getMessage("error.conflict", null, "Changed by someone else", LocaleContextHolder.getLocale()));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.add(Map.of(
                "field", f.getField(),
                "rule", ruleName(f.getCode()),
                "message", messages.getMessage(f, locale))));
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(Map.of(
                "field", g.getObjectName(),
                "rule", ruleName(g.getCode()),
                "message", messages.getMessage(g, locale))));
        return ResponseEntity.badRequest().body(invalid(errors, locale));
    }

    private ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(INVALID_INPUT);
        problem.setTitle(messages.getMessage("error.invalid-input.title", null, "Invalid input", locale));
        problem.setDetail(errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** NotBlank → not-blank: the rule's name as the API reports it. */
    static String ruleName(String code) {
        if (code == null) {
            return "invalid";
        }
        if (code.startsWith("error.")) {
            return code.substring("error.".length());
        }
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
