package org.concord.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages Concord ships, each with its writing direction.
 *
 * <p>Arabic is spoken with Latin digits ({@code ar-u-nu-latn}): identifiers, codes, ISO dates, years and
 * percentages in IATI files and in what people type are in Latin digits and cannot be converted, so Latin digits
 * are the only way every number on a page looks the same; they are also what the Maghreb and UN documents in
 * Arabic use. Java's and browsers' default for plain {@code ar} is Arabic-Indic digits, which mixed both.
 */
public enum Language {
    EN("en", false), FR("fr", false), ES("es", false), RU("ru", false), AR("ar", true), UK("uk", false);

    private final String tag;
    private final boolean rightToLeft;

    Language(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The locale pages, messages and formats use: the language, with Latin digits for Arabic. */
    public Locale locale() {
        return this == AR ? Locale.forLanguageTag("ar-u-nu-latn") : Locale.forLanguageTag(tag);
    }

    /** The language's own name for itself, as a language switcher shows it. */
    public String nativeName() {
        String name = locale().getDisplayLanguage(locale());
        return name.substring(0, 1).toUpperCase(locale()) + name.substring(1);
    }

    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(l -> l.tag.equals(locale.getLanguage())).findFirst();
    }

    public static Language ofOrDefault(Locale locale) {
        return of(locale).orElse(EN);
    }
}
