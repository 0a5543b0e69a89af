package org.concord.oversight.internal.intake;

import java.util.List;
import java.util.Map;

/** What a reporter sends, from the form or the API, before it is checked against the channel's questionnaire. */
public record Submission(String category, Map<String, List<String>> answers, boolean anonymous, String contact,
                         List<AttachmentCheck.Incoming> files) {

    public Submission {
        answers = answers == null ? Map.of() : answers;
        files = files == null ? List.of() : files;
    }
}
