package org.concord.shared.web;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's limits on an upload (spring.servlet.multipart.max-file-size and max-request-size, which
 * follow concord.import.max-size and max-request-size) and the words that state them. An upload over either is
 * refused by the container before any controller sees it; {@link UploadLimitFilter} (pages) and
 * {@link UploadLimitAdvice} (API) turn that refusal into Concord's page and problem document.
 */
@Component
class UploadLimits {

    /** Which limit an upload broke. */
    enum Exceeded {
        /** one file is over max-file-size */
        FILE("file-too-large", "error.upload.file-too-large"),
        /** the files of one request are together over max-request-size */
        REQUEST("upload-too-large", "error.upload.request-too-large"),
        /** more parts (fields and files) than server.tomcat.max-part-count */
        FIELDS("too-many-fields", "error.fields.text");

        final String rule;
        final String messageKey;

        Exceeded(String rule, String messageKey) {
            this.rule = rule;
            this.messageKey = messageKey;
        }

        /** 413 for a size, 400 for a form with more fields than any form of Concord has. */
        HttpStatus status() {
            return this == FIELDS ? HttpStatus.BAD_REQUEST : HttpStatus.CONTENT_TOO_LARGE;
        }
    }

    private final MessageSource messages;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    UploadLimits(MessageSource messages,
                 @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
                 @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    /**
     * Which limit {@code e} (what parsing a multipart request threw, or one of its causes) reports broken; null when it
     * is another failure. Tomcat's exceptions are recognised by name, so that this class does not tie Concord to it.
     */
    static Exceeded of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException")) {
                return Exceeded.FILE;
            }
            if (name.equals("SizeLimitExceededException")) {
                return Exceeded.REQUEST;
            }
            if (name.equals("FileCountLimitExceededException")) {
                return Exceeded.FIELDS;
            }
        }
        return null;
    }

    /** "A file may be at most 100 MB; nothing was uploaded." in {@code locale}. */
    String message(Exceeded exceeded, Locale locale) {
        if (exceeded == Exceeded.FIELDS) {
            return messages.getMessage(exceeded.messageKey, null, locale);
        }
        DataSize limit = exceeded == Exceeded.FILE ? maxFileSize : maxRequestSize;
        double megabytes = limit.toBytes() / (1024.0 * 1024.0);
        return messages.getMessage(exceeded.messageKey, new Object[]{megabytes}, locale);
    }
}
