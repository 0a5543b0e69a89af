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

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** Checks the rows a form sent (an English name required, one row per language) and returns the names given. */
    public static java.util.List<LocalName> validate(java.util.List<NameRow> rows, java.util.List<org.concord.shared.InvalidInputException.FieldError> errors) {
        java.util.Set<String> languages = new java.util.HashSet<>();
        java.util.List<LocalName> names = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NameRow row = rows.get(i);
            if (row.getName() == null) {
                if (row.getDescription() != null) {
                    errors.add(new org.concord.shared.InvalidInputException.FieldError("names[" + i + "].name", "required"));
                }
                continue;
            }
            if (row.getLanguage() == null || !LANGUAGE_TAG.matcher(row.getLanguage()).matches()) {
                errors.add(new org.concord.shared.InvalidInputException.FieldError("names[" + i + "].language", "language-tag"));
            } else if (!languages.add(row.getLanguage())) {
                errors.add(new org.concord.shared.InvalidInputException.FieldError("names[" + i + "].language", "duplicate-language", row.getLanguage()));
            }
            names.add(new LocalName(row.getLanguage(), row.getName(), row.getDescription()));
        }
        if (!languages.contains("en")) {
            errors.add(new org.concord.shared.InvalidInputException.FieldError("names", "english-name-required"));
        }
        return names;
    }

    /** Rows for a form: the names held, English first, then an empty row for each interface language missing. */
    public static java.util.List<NameRow> rows(Collection<LocalName> names) {
        java.util.List<NameRow> rows = new java.util.ArrayList<>();
        names.stream().sorted(java.util.Comparator.comparing((LocalName n) -> !"en".equals(n.language())).thenComparing(LocalName::language))
                .forEach(n -> rows.add(new NameRow(n.language(), n.name(), n.description())));
        return withEveryLanguage(rows);
    }

    public static java.util.List<NameRow> withEveryLanguage(java.util.List<NameRow> rows) {
        for (Language language : Language.values()) {
            if (rows.stream().noneMatch(r -> language.tag().equals(r.getLanguage()))) {
                rows.add(new NameRow(language.tag(), null, null));
            }
        }
        return rows;
    }

    /** How the audit log keeps names: "en: Name". */
    public static java.util.List<String> forAudit(Collection<LocalName> names) {
        return names.stream().map(n -> n.language() + ": " + n.name()).toList();
    }
}
