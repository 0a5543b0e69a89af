package org.concord.projects.internal.imports;

import java.util.List;
import java.util.Locale;

import org.concord.projects.internal.iati.IatiRule;
import org.springframework.context.MessageSource;

/**
 * One rejected activity's broken rule, or one warning on an imported activity: the rule's key
 * ({@link IatiRule#key()}) and its arguments, and {@code rule}, the rule in words. Rows stored before rules had keys
 * have only the words (in English).
 */
public record ImportProblem(Integer position, String iatiIdentifier, String kind, String element, String ruleKey,
                            List<String> ruleArguments, String rule) {

    public ImportProblem {
        ruleArguments = ruleArguments == null ? List.of() : List.copyOf(ruleArguments);
    }

    /** The same problem with its rule in words of {@code locale}; the stored text when it has no key. */
    ImportProblem inLanguage(MessageSource messages, Locale locale) {
        if (ruleKey == null) {
            return this;
        }
        String text = messages.getMessage(IatiRule.MESSAGE_PREFIX + ruleKey, ruleArguments.toArray(),
                rule == null ? ruleKey : rule, locale);
        return new ImportProblem(position, iatiIdentifier, kind, element, ruleKey, ruleArguments, text);
    }

    /** One rule broken in an import: its key (null for old rows), a first problem, how many there were, examples. */
    public record RuleGroup(String ruleKey, ImportProblem first, long count, List<Example> examples) {

        /** The same group with its problems' rules in words of {@code locale}. */
        RuleGroup inLanguage(MessageSource messages, Locale locale) {
            return new RuleGroup(ruleKey, first.inLanguage(messages, locale), count, examples.stream()
                    .map(e -> new Example(e.problem().inLanguage(messages, locale), e.activityId())).toList());
        }
    }

    /** A problem as an example of its rule, with the activity's id when Concord holds it. */
    public record Example(ImportProblem problem, Long activityId) {
    }
}
