package org.concord.oversight.internal.reports;

import java.time.Instant;
import java.util.List;

/** A report's messages, notes and attachments, opened with its key. */
public final class Exchange {

    private Exchange() {
    }

    public record MessageView(long id, Message.Direction direction, Long authorId, Instant sentAt, String text,
                              List<AttachmentView> attachments) {
    }

    public record NoteView(long id, Long authorId, Instant writtenAt, String text) {
    }

    public record AttachmentView(long id, Long messageId, String question, String fileName, String mediaType,
                                 long sizeBytes, Instant addedAt) {
    }
}
