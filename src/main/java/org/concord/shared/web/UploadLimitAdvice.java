package org.concord.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An API upload over the servlet container's limit: 413 with a problem document naming the field, the rule and the
 * limit, like every other refusal of the API. The container refuses the upload before any controller is chosen, so
 * this advice is not restricted to controllers of one kind (ProblemAdvice is, and would never see it). Pages do not
 * get here: their uploads are checked before the CSRF check would fail on them ({@link UploadLimitFilter}).
 */
@RestControllerAdvice
class UploadLimitAdvice {

    private final UploadLimits limits;
    private final MessageSource messages;

    UploadLimitAdvice(UploadLimits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        UploadLimits.Exceeded exceeded = UploadLimits.of(e);
        if (exceeded == null) {
            exceeded = UploadLimits.Exceeded.REQUEST;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String message = limits.message(exceeded, locale);
        ProblemDetail problem = ProblemDetail.forStatus(exceeded.status());
        problem.setType(ProblemAdvice.INVALID_INPUT);
        problem.setTitle(messages.getMessage("error.invalid-input.title", null, "Invalid input", locale));
        problem.setDetail("file: " + message);
        problem.setProperty("errors", List.of(Map.of("field", "file", "rule", exceeded.rule, "message", message)));
        return ResponseEntity.status(exceeded.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
