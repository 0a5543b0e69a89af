package org.concord.oversight.internal.channels;

import java.util.List;
import java.util.Set;
import org.concord.oversight.Category;
import org.concord.shared.Language;

/** A channel as a reader sees it, in their language (falling back to English, then any language given). */
public record ChannelView(long id, long organisationId, String organisationName, String slug, String name,
                          String description, Set<Category> categories, Questionnaire questionnaire,
                          int acknowledgeDays, int feedbackDays, int retentionDays, boolean open, Set<Long> recipients) {

    static ChannelView of(Channel c, String organisationName, Language language) {
        Channel.Text text = pick(c, language);
        return new ChannelView(c.id(), c.organisationId(), organisationName, c.slug(),
                text == null ? c.slug() : text.name(), text == null ? null : text.description(),
                Set.copyOf(c.categories()), Questionnaire.fromJson(c.questionnaireJson()), c.acknowledgeDays(),
                c.feedbackDays(), c.retentionDays(), c.open(), Set.copyOf(c.recipients()));
    }

    private static Channel.Text pick(Channel c, Language language) {
        for (String tag : List.of(language.tag(), "en")) {
            for (Channel.Text t : c.texts()) {
                if (t.language().equals(tag)) {
                    return t;
                }
            }
        }
        return c.texts().stream().findFirst().orElse(null);
    }
}
