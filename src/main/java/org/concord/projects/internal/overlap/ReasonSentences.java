package org.concord.projects.internal.overlap;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.shared.Countries;
import org.concord.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says in the reader's language why a pair was proposed, e.g. "same beneficiary: Ministry of Interior
 * of Ukraine; 14 months overlap; 0.62 text similarity". Reasons are stored as data, not as text, so that
 * the sentence follows the interface language and the names of countries and reform areas in it.
 */
@Component
class ReasonSentences {

    private static final List<String> ORDER = List.of(Reason.COUNTRY, Reason.AREA, Reason.BENEFICIARY,
            Reason.IMPLEMENTER, Reason.PERIOD, Reason.TEXT);

    private final MessageSource messages;
    private final Countries countries;
    private final NamedParameterJdbcTemplate jdbc;

    ReasonSentences(MessageSource messages, Countries countries, NamedParameterJdbcTemplate jdbc) {
        this.messages = messages;
        this.countries = countries;
        this.jdbc = jdbc;
    }

    /** One sentence per overlap, in the same order. */
    List<String> sentences(List<OverlapView> overlaps, Locale locale) {
        Map<String, String> areas = areaNames(overlaps.stream().flatMap(o -> o.reasons().stream())
                .filter(r -> Reason.AREA.equals(r.kind())).map(Reason::detail).distinct().toList(), locale);
        return overlaps.stream().map(o -> sentence(o.reasons(), areas, locale)).toList();
    }

    private String sentence(List<Reason> reasons, Map<String, String> areas, Locale locale) {
        Map<String, String> details = new LinkedHashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (Reason r : reasons) {
            if (r.detail() != null && r.kind() != null && !Reason.PERIOD.equals(r.kind())) {
                String shown = switch (r.kind()) {
                    case Reason.COUNTRY -> countries.name(r.detail(), locale);
                    case Reason.AREA -> areas.getOrDefault(r.detail(), r.detail());
                    default -> r.detail();
                };
                details.merge(r.kind(), shown, (a, b) -> message("overlaps.reasons.list", locale, a, b));
            }
            if (r.value() != null) {
                values.put(r.kind(), Reason.PERIOD.equals(r.kind()) ? (Object) r.value().intValue() : r.value().doubleValue());
            }
        }
        String sentence = null;
        for (String kind : ORDER) {
            Object argument = Reason.PERIOD.equals(kind) || Reason.TEXT.equals(kind) ? values.get(kind) : details.get(kind);
            if (argument != null) {
                String part = message("overlaps.reason." + kind, locale, argument);
                sentence = sentence == null ? part : message("overlaps.reasons.join", locale, sentence, part);
            }
        }
        return sentence == null ? "" : sentence;
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private Map<String, String> areaNames(Collection<String> codes, Locale locale) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            // the column of the reader's language: one of six fixed names, never user input
            String column = "name_" + Language.ofOrDefault(locale).tag();
            jdbc.query("select code, " + column + " from reform_area where code in (:codes)", Map.of("codes", codes),
                    rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    });
        }
        return names;
    }
}
