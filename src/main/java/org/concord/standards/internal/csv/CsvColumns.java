package org.concord.standards.internal.csv;

import java.util.ArrayList;
import java.util.List;
import org.concord.shared.Language;

/** The columns of the two CSV files, in the order exports write them (documented in the README). */
final class CsvColumns {

    static final List<String> INDICATORS;
    static final List<String> VALUES = List.of("indicator_code", "country_code", "institution_id", "disaggregation",
            "period", "value", "standard_error", "lower_bound", "upper_bound", "status", "evidence_url",
            "evidence_document");

    static {
        List<String> columns = new ArrayList<>(List.of("code", "framework_code", "framework_name", "standard_code",
                "standard_name", "unit", "direction", "frequency", "visibility", "owner_organisation_id", "data_source",
                "disaggregations"));
        for (Language language : Language.values()) {
            columns.add("name_" + language.tag());
            columns.add("definition_" + language.tag());
        }
        INDICATORS = List.copyOf(columns);
    }

    private CsvColumns() {
    }

    /** The CSV column an input field of a form stands for: names[2].name of an "fr" row is name_fr. */
    static String ofField(String field, List<String> languages) {
        var m = java.util.regex.Pattern.compile("names\\[(\\d+)]\\.(name|description)").matcher(field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            String language = i < languages.size() ? languages.get(i) : "en";
            return (m.group(2).equals("name") ? "name_" : "definition_") + language;
        }
        return switch (field) {
            case "names" -> "name_en";
            case "organisationId" -> "institution_id";
            case "standardId" -> "standard_code";
            default -> field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        };
    }
}
