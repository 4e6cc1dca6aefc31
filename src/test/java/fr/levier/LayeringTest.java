package fr.levier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Services never depend on Vaadin: only screens ({@code ..ui..} packages, {@code shared.ui}) do; and the check can fail. */
class LayeringTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.levier");

    static ArchRule vaadinOnlyInUiPackages() {
        return noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "fr.levier.shared.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .as("classes outside ..ui.. packages and shared.ui do not depend on Vaadin");
    }

    /** The shared kernel owns no business table and reads none: modules answer for their own. */
    static ArchRule sharedQueriesNoTables(String sharedPackage) {
        return noClasses()
                .that()
                .resideInAPackage(sharedPackage + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence.criteria..", "javax.sql..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.data.jpa.repository.JpaRepository")
                .as("the shared kernel queries no table");
    }

    @Test
    void sharedQueriesNoTables() {
        sharedQueriesNoTables("fr.levier.shared").check(APP);
    }

    @Test
    void sharedCodeCountingRowsIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages("levierfixture.sharedsql");
        assertThatThrownBy(
                        () -> sharedQueriesNoTables("levierfixture.sharedsql").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CountingRunner")
                .hasMessageContaining("JdbcTemplate");
    }

    @Test
    void onlyScreensUseVaadin() {
        vaadinOnlyInUiPackages().check(APP);
    }

    @Test
    void aServiceUsingVaadinIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages("levierfixture.vaadininservice");
        assertThatThrownBy(() -> vaadinOnlyInUiPackages().check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ChattyService.save()")
                .hasMessageContaining("com.vaadin.flow.component.notification.Notification");
    }
}
