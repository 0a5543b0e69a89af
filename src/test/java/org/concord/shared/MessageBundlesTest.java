package org.concord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concord.organisations.OrganisationSubtype;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.SsrRole;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a page shows exists in all six languages, and is a translation rather than a copy.
 * Covers every module's bundle found under i18n/, so that a new module's texts are checked
 * without editing this test.
 */
class MessageBundlesTest {

    private static final Pattern TRANSLATION = Pattern.compile("(.+)_([a-z]{2})");

    /** The base names under i18n/ ("i18n/shared", "i18n/projects", ...), each with the languages found for it. */
    static Map<String, Set<String>> bundles() throws IOException {
        Map<String, Set<String>> bundles = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String name = resource.getFilename().replaceFirst("\\.properties$", "");
            Matcher m = TRANSLATION.matcher(name);
            String base = m.matches() ? m.group(1) : name;
            bundles.computeIfAbsent("i18n/" + base, b -> new TreeSet<>()).add(m.matches() ? m.group(2) : "");
        }
        assertThat(bundles).as("bundles under i18n/").isNotEmpty();
        return bundles;
    }

    static Properties load(String bundle, Language language) throws IOException {
        String name = "/" + bundle + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** All bundles of one language together, as the message source sees them. */
    static Properties all(Language language) throws IOException {
        Properties all = new Properties();
        for (String bundle : bundles().keySet()) {
            all.putAll(load(bundle, language));
        }
        return all;
    }

    @Test
    void everyBundleShipsTheSixLanguagesWithEnglishAsItsBase() throws IOException {
        Set<String> expected = new TreeSet<>();
        Arrays.stream(Language.values()).map(l -> l == Language.EN ? "" : l.tag()).forEach(expected::add);
        bundles().forEach((bundle, languages) ->
                // no <bundle>_en: English lives in the base file, which also answers languages not shipped
                assertThat(languages).as("languages of %s", bundle).isEqualTo(expected));
    }

    @Test
    void concordReadsEveryBundle() throws IOException {
        Properties application = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        List<String> configured = Arrays.stream(application.getProperty("spring.messages.basename").split(","))
                .map(String::trim).toList();
        assertThat(configured).as("spring.messages.basename").containsExactlyInAnyOrderElementsOf(bundles().keySet());
    }

    @Test
    void noKeyIsOwnedByTwoBundles() throws IOException {
        Map<String, String> owners = new LinkedHashMap<>();
        List<String> twice = new ArrayList<>();
        for (String bundle : bundles().keySet()) {
            for (String key : load(bundle, Language.EN).stringPropertyNames()) {
                String earlier = owners.putIfAbsent(key, bundle);
                if (earlier != null) {
                    twice.add(key + " in " + earlier + " and " + bundle);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyBundleHasTheSameKeysAsEnglishAndNoEmptyText(Language language) throws IOException {
        for (String bundle : bundles().keySet()) {
            Properties english = load(bundle, Language.EN);
            Properties translated = load(bundle, language);
            assertThat(translated.stringPropertyNames()).as("keys of %s in %s", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                assertThat(translated.getProperty(key)).as("%s of %s in %s", key, bundle, language).isNotBlank();
                assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void textsAreTranslationsRatherThanCopies(Language language) throws IOException {
        Properties english = all(Language.EN);
        Properties translated = all(language);
        long copies = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(translated.getProperty(k))).count();
        assertThat(copies).as("messages of %s identical to English", language).isLessThan(english.size() / 10);
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties english = all(Language.EN);
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(template + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfTheEnumsPagesNameHasAText() throws IOException {
        Properties english = all(Language.EN);
        List<String> keys = new ArrayList<>();
        Stream.of(OrganisationType.values()).forEach(v -> keys.add("organisation.type." + v));
        Stream.of(OrganisationSubtype.values()).forEach(v -> keys.add("organisation.subtype." + v));
        Stream.of(SsrRole.values()).forEach(v -> keys.add("ssr-role." + v));
        Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
        assertThat(english.stringPropertyNames()).containsAll(keys);
    }

    /** Read as Spring Boot reads them (spring.messages.*), on a server whose own locale is French. */
    @Test
    void englishAnswersALanguageNotShippedWhateverTheServersLocale() throws IOException {
        Locale serverLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames(bundles().keySet().toArray(String[]::new));
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            for (String bundle : bundles().keySet()) {
                Properties english = load(bundle, Language.EN);
                String key = english.stringPropertyNames().iterator().next();
                String text = english.getProperty(key);
                if (text.contains("{")) {
                    continue; // a pattern: compared as text it would differ from its formatted message
                }
                assertThat(messages.getMessage(key, null, Locale.GERMAN)).as("%s in German", key).isEqualTo(text);
                assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as("%s in English", key).isEqualTo(text);
                assertThat(messages.getMessage(key, null, Locale.UK)).as("%s in British English", key).isEqualTo(text);
            }
            assertThat(messages.getMessage("nav.sign-in", null, Locale.FRENCH)).isEqualTo(load("i18n/shared", Language.FR).getProperty("nav.sign-in"));
        } finally {
            Locale.setDefault(serverLocale);
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d)").matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
