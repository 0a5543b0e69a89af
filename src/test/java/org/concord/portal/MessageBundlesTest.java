package org.concord.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concord.organisations.OrganisationSubtype;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.SsrRole;
import org.concord.shared.Language;
import org.concord.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every text a page shows exists in all six languages, and is a translation rather than a copy. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The bundles Concord reads (spring.messages.basename). */
    static final List<String> BUNDLES = List.of("messages", "i18n/projects");

    static Properties english() throws IOException {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            all.putAll(load(bundle + ".properties"));
        }
        return all;
    }

    static Properties translations(Language language) throws IOException {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            all.putAll(load(bundle + "_" + language.tag() + ".properties"));
        }
        return all;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyKeyIsTranslated(Language language) throws IOException {
        Properties english = english();
        Properties translated = translations(language);
        assertThat(translated.stringPropertyNames()).as("keys of %s", language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        long copies = english.stringPropertyNames().stream()
                .filter(k -> translated.getProperty(k).equals(english.getProperty(k))).count();
        assertThat(copies).as("messages of %s identical to English", language).isLessThan(english.size() / 10);
        for (String key : english.stringPropertyNames()) {
            assertThat(translated.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Properties english = english();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(template));
                while (m.find()) {
                    if (!english.containsKey(m.group(1))) {
                        missing.add(template.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfTheEnumsPagesNameHasAText() throws IOException {
        Properties english = english();
        List<String> keys = new ArrayList<>();
        Stream.of(OrganisationType.values()).forEach(v -> keys.add("organisation.type." + v));
        Stream.of(OrganisationSubtype.values()).forEach(v -> keys.add("organisation.subtype." + v));
        Stream.of(SsrRole.values()).forEach(v -> keys.add("ssr-role." + v));
        Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
        assertThat(english.stringPropertyNames()).containsAll(keys);
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
