package org.concord.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * ISO 3166-1 countries with names in the six interface languages and UN M49 regions.
 * The table changes only with a migration, so it is read once per instance.
 */
@Service
public class Countries {

    private final Map<Language, Map<String, Country>> byLanguage = new EnumMap<>(Language.class);

    public Countries(JdbcTemplate jdbc) {
        for (Language language : Language.values()) {
            String column = "name_" + language.tag();
            List<Country> list = jdbc.query("""
                    select c.code, c.alpha3, c.%1$s as name, c.region_code, r.%1$s as region_name,
                           c.subregion_code, s.%1$s as subregion_name
                    from country c
                    left join m49_region r on r.code = c.region_code
                    left join m49_region s on s.code = c.subregion_code
                    """.formatted(column),
                    (rs, i) -> new Country(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
            Collator collator = Collator.getInstance(language.locale());
            Map<String, Country> sorted = new LinkedHashMap<>();
            list.stream().sorted(Comparator.comparing(Country::name, collator)).forEach(c -> sorted.put(c.code(), c));
            byLanguage.put(language, sorted);
        }
    }

    /** Every country, sorted by its name in {@code locale}'s language. */
    public List<Country> all(Locale locale) {
        return List.copyOf(byLanguage.get(Language.ofOrDefault(locale)).values());
    }

    public Optional<Country> find(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLanguage.get(Language.ofOrDefault(locale)).get(code.toUpperCase(Locale.ROOT)));
    }

    public boolean exists(String code) {
        return code != null && byLanguage.get(Language.EN).containsKey(code.toUpperCase(Locale.ROOT));
    }

    public String name(String code, Locale locale) {
        return find(code, locale).map(Country::name).orElse(code);
    }
}
