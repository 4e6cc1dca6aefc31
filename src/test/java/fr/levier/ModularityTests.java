package fr.levier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import levierfixture.brokenmodules.BrokenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/** The module rules of docs/conventions.md, enforced by Spring Modulith. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        ApplicationModules modules = ApplicationModules.of(LevierApplication.class);
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains(
                        "shared", "security", "partner", "project", "funding", "newsletter", "reporting", "dashboard");
        modules.verify();
    }

    @Test
    void verificationFailsWhenAModuleUsesAnotherModulesInternals() {
        // fixture: module alpha reaches into beta.internal, which is not beta's API
        ApplicationModules broken = ApplicationModules.of(BrokenApplication.class, location -> true);
        assertThatThrownBy(broken::verify)
                .isInstanceOf(Violations.class)
                .hasMessageContaining("alpha")
                .hasMessageContaining("Hidden");
    }
}
