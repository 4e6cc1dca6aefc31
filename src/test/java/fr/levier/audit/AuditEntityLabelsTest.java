package fr.levier.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every audited entity has a name in the audit log, in French and in English: an entity made
 * {@code @Audited} without one shows its raw key in the audit log's filter and grid.
 */
class AuditEntityLabelsTest {

    @Test
    void everyAuditedEntityIsNamedInBothLanguages() throws IOException {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        List<String> entities = new ArrayList<>();
        for (BeanDefinition d : scan.findCandidateComponents("fr.levier")) {
            String name = d.getBeanClassName();
            entities.add(name.substring(name.lastIndexOf('.') + 1));
        }
        assertThat(entities).as("audited entities found").contains("Partner", "Commitment", "Campaign");
        for (String bundle : List.of("/i18n/audit.properties", "/i18n/audit_en.properties")) {
            Properties p = load(bundle);
            List<String> missing = entities.stream()
                    .filter(e -> !p.containsKey("audit.entity." + e))
                    .toList();
            assertThat(missing)
                    .as("entities without audit.entity.* in " + bundle)
                    .isEmpty();
        }
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AuditEntityLabelsTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
