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
}
