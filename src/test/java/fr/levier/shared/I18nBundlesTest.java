package fr.levier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.shared.ui.LevierI18nProvider;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** French and English bundles stay in step, and every message with parameters is a valid pattern. */
class I18nBundlesTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as("declared bundle " + name + " exists").isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeysInEveryModuleBundle() throws Exception {
        Set<String> all = new TreeSet<>();
        for (String bundle : LevierI18nProvider.BUNDLES) {
            Set<String> fr = new TreeSet<>(load(bundle + ".properties").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames());
            assertThat(en).as("keys missing in English in " + bundle).containsAll(fr);
            assertThat(fr).as("keys missing in French in " + bundle).containsAll(en);
            for (String key : fr) {
                assertThat(all.add(key))
                        .as("key " + key + " defined in two bundles")
                        .isTrue();
            }
        }
    }

    @Test
    void parameterisedMessagesFormatAndKeepTheirApostrophes() throws Exception {
        for (String base : LevierI18nProvider.BUNDLES)
            for (String bundle : new String[] {base + ".properties", base + "_en.properties"}) {
                Properties p = load(bundle);
                for (String key : p.stringPropertyNames()) {
                    String pattern = p.getProperty(key);
                    if (pattern.contains("{0")) {
                        MessageFormat format = new MessageFormat(pattern, Locale.FRENCH);
                        // a text where the pattern takes text, a number where it chooses (plurals)
                        Format[] formats = format.getFormatsByArgumentIndex();
                        Object[] arguments = new Object[formats.length];
                        for (int i = 0; i < formats.length; i++) {
                            arguments[i] = formats[i] == null ? "X" + i : 2L;
                        }
                        String formatted = format.format(arguments);
                        assertThat(formatted)
                                .as(bundle + " " + key)
                                .doesNotContain("{0")
                                .doesNotContain("{1");
                        if (formats[0] == null) {
                            assertThat(formatted).as(bundle + " " + key).contains("X0");
                        }
                    } else {
                        assertThat(pattern)
                                .as(bundle + " " + key + " has no parameter: write single apostrophes")
                                .doesNotContain("''");
                    }
                }
            }
    }

    @Test
    void countsAgreeWithTheirNumberInBothLanguages() {
        LevierI18nProvider provider = new LevierI18nProvider();
        assertThat(provider.getTranslation("partners.total", Locale.FRENCH, "0", 0L))
                .isEqualTo("0 partenaire");
        assertThat(provider.getTranslation("partners.total", Locale.FRENCH, "1", 1L))
                .isEqualTo("1 partenaire");
        assertThat(provider.getTranslation("partners.total", Locale.FRENCH, "1 234", 1234L))
                .isEqualTo("1 234 partenaires");
        assertThat(provider.getTranslation("partners.total", Locale.ENGLISH, "0", 0L))
                .isEqualTo("0 partners");
        assertThat(provider.getTranslation("partners.total", Locale.ENGLISH, "1", 1L))
                .isEqualTo("1 partner");
        assertThat(provider.getTranslation("segment.count", Locale.FRENCH, "1", "2", 1L, 2L))
                .isEqualTo("1 partenaire, 2 contacts joignables");
        assertThat(provider.getTranslation("projects.total", Locale.FRENCH, "1", 1L))
                .isEqualTo("1 projet");
        assertThat(provider.getTranslation("commitments.total", Locale.ENGLISH, "3", 3L))
                .isEqualTo("3 commitments");
        assertThat(provider.getTranslation("contacts.total", Locale.ENGLISH, "1", 1L))
                .isEqualTo("1 contact");
    }

    @Test
    void providerTranslatesWithFrenchAsDefaultAndFlagsMissingKeys() {
        LevierI18nProvider provider = new LevierI18nProvider();
        assertThat(provider.getTranslation("header.logout", Locale.FRENCH)).isEqualTo("Se déconnecter");
        assertThat(provider.getTranslation("header.logout", Locale.GERMAN)).isEqualTo("Se déconnecter");
        assertThat(provider.getTranslation("header.logout", Locale.ENGLISH)).isEqualTo("Log out");
        assertThat(provider.getTranslation("home.hello", Locale.FRENCH, "Julien"))
                .isEqualTo("Bonjour Julien");
        assertThat(provider.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
    }
}
