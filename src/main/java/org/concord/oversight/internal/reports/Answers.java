package org.concord.oversight.internal.reports;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reporter wrote: each question's answer (one value, or several for a multiple choice), and contact details
 * unless they stay anonymous. Only ever stored sealed under the report's key.
 */
public record Answers(Map<String, List<String>> answers, boolean anonymous, String contact) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Answers {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }

    static Answers fromJson(byte[] json) {
        return JSON.readValue(json, Answers.class);
    }
}
