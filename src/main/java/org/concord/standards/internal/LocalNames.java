package org.concord.standards.internal;

import java.util.Collection;
import java.util.Locale;
import org.concord.shared.Language;

/** Picks the name in the reader's language, else English, else any. */
public final class LocalNames {

    private LocalNames() {
    }

    public static LocalName pick(Collection<LocalName> names, Locale locale) {
        String language = Language.ofOrDefault(locale).tag();
        return names.stream().filter(n -> n.language().equals(language)).findFirst()
                .or(() -> names.stream().filter(n -> n.language().equals("en")).findFirst())
                .or(() -> names.stream().findFirst())
                .orElse(new LocalName("en", "", null));
    }
}
