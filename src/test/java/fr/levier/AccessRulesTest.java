package fr.levier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every view, endpoint and service method carries an explicit access rule; and the check can fail. */
class AccessRulesTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.levier");

    private static final JavaClasses UNGUARDED = new ClassFileImporter().importPackages("levierfixture.unguarded");

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        AccessRules.viewsDeclareAnAccessRule().check(APP);
    }

    @Test
    void everyRestEndpointIsGuarded() {
        AccessRules.endpointsDeclareAnAccessRule().check(APP);
    }

    @Test
    void everyPublicServiceMethodDeclaresAccessAndTransaction() {
        AccessRules.publicServiceMethodsDeclareAccessAndTransaction().check(APP);
    }

    @Test
    void aViewWithoutAccessRuleIsReported() {
        assertThatThrownBy(() -> AccessRules.viewsDeclareAnAccessRule().check(UNGUARDED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UnguardedView does not declare an access rule");
    }

    @Test
    void anEndpointWithoutPreAuthorizeIsReported() {
        assertThatThrownBy(() -> AccessRules.endpointsDeclareAnAccessRule().check(UNGUARDED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UnguardedController.list()")
                .hasMessageNotContaining("UnguardedController.guarded()");
    }

    @Test
    void aServiceMethodWithoutRuleIsReported() {
        assertThatThrownBy(() -> AccessRules.publicServiceMethodsDeclareAccessAndTransaction()
                        .check(UNGUARDED))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UnguardedService.open()");
    }
}
