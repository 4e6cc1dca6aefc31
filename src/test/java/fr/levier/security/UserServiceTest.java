package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.shared.BusinessRuleException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    AppUserRepository repository;

    @Autowired
    AsUser as;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory emf;

    private static String unique(String base) {
        return base + System.nanoTime() % 1_000_000;
    }

    @Test
    void accountsCreatedTogetherWithOnePasswordHashItOnceAndEachSignsInWithIt() {
        String first = unique("d.one");
        String second = unique("d.two");
        String other = unique("d.other");
        users.createAllUnchecked(List.of(
                new NewUser(first, "Demo One", null, Role.OFFICER, "a-shared-password-1"),
                new NewUser(second, "Demo Two", null, Role.VIEWER, "a-shared-password-1"),
                new NewUser(other, "Demo Other", null, Role.VIEWER, "another-password-2")));
        String firstHash =
                repository.findByUsernameIgnoreCase(first).orElseThrow().getPasswordHash();
        String secondHash =
                repository.findByUsernameIgnoreCase(second).orElseThrow().getPasswordHash();
        String otherHash =
                repository.findByUsernameIgnoreCase(other).orElseThrow().getPasswordHash();
        assertThat(secondHash).isEqualTo(firstHash).startsWith("{bcrypt}");
        assertThat(encoder.matches("a-shared-password-1", secondHash)).isTrue();
        assertThat(encoder.matches("another-password-2", otherHash)).isTrue();
        assertThat(encoder.matches("a-shared-password-1", otherHash)).isFalse();
    }

    @Test
    void theDemoAccountsSignInWithTheDemoPassword() {
        for (NewUser demo : SecurityDemoData.USERS) {
            AppUser stored =
                    repository.findByUsernameIgnoreCase(demo.username()).orElseThrow();
            assertThat(encoder.matches(SecurityDemoData.DEMO_PASSWORD, stored.getPasswordHash()))
                    .as(demo.username())
                    .isTrue();
        }
    }

    @Test
    void adminCreatesAUserWithAStrongHashNeverThePassword() {
        String login = unique("m.test");
        UserSummary created = as.call(
                "admin",
                () -> users.create(
                        new NewUser(login, "Marie Test", "marie@example.org", Role.FINANCE, "a-long-password-1")));
        AppUser stored = repository.findById(created.id()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a-long-password-1");
        assertThat(encoder.matches("a-long-password-1", stored.getPasswordHash()))
                .isTrue();
        assertThat(userDetails.loadUserByUsername(login).getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_FINANCE", "ROLE_VIEWER");
    }

    @Test
    void aTakenLoginIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> as.call(
                        "admin",
                        () -> users.create(new NewUser("OFFICER", "Doublon", null, Role.VIEWER, "a-long-password-1"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("est déjà pris");
    }

    @Test
    void onlyAdminsManageUsers() {
        assertThatThrownBy(() -> as.call(
                        "officer",
                        () -> users.create(new NewUser(unique("x"), "X", null, Role.ADMIN, "a-long-password-1"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledNorDemoted() {
        // an admin of the test's own; every other enabled admin is disabled first, restored after
        String login = unique("l.admin");
        UserSummary last = as.call(
                "admin", () -> users.create(new NewUser(login, "Last Admin", null, Role.ADMIN, "a-long-password-1")));
        List<UserSummary> others = as.call("admin", () -> users.find(null, Pageable.unpaged()).stream()
                .filter(u -> u.role() == Role.ADMIN && u.enabled() && !u.id().equals(last.id()))
                .toList());
        try {
            others.forEach(o -> as.call(
                    login, () -> users.update(o.id(), o.version(), o.fullName(), o.email(), Role.ADMIN, false)));
            assertThat(repository.countByRoleAndEnabledTrue(Role.ADMIN)).isEqualTo(1);

            assertThatThrownBy(() -> as.call(
                            login,
                            () -> users.update(last.id(), last.version(), last.fullName(), null, Role.ADMIN, false)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("au moins un administrateur actif");
            assertThatThrownBy(() -> as.call(
                            login,
                            () -> users.update(last.id(), last.version(), last.fullName(), null, Role.OFFICER, true)))
                    .isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("au moins un administrateur actif");
            assertThat(repository.findById(last.id()).orElseThrow().isEnabled()).isTrue();
        } finally {
            for (UserSummary other : others) {
                long version = repository.findById(other.id()).orElseThrow().getVersion();
                as.call(
                        login,
                        () -> users.update(other.id(), version, other.fullName(), other.email(), Role.ADMIN, true));
            }
        }
        // once another admin is back, this one may go: the rule is about the last one only
        UserSummary current = as.call("admin", () -> users.get(last.id()).orElseThrow());
        as.call(
                "admin",
                () -> users.update(current.id(), current.version(), current.fullName(), null, Role.ADMIN, false));
        assertThat(repository.findById(last.id()).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void aStaleVersionIsAConflictNotALostUpdate() {
        String login = unique("c.conflict");
        UserSummary created = as.call(
                "admin", () -> users.create(new NewUser(login, "Avant", null, Role.VIEWER, "a-long-password-1")));
        as.call(
                "admin",
                () -> users.update(created.id(), created.version(), "Première modif", null, Role.VIEWER, true));
        assertThatThrownBy(() -> as.call(
                        "admin",
                        () -> users.update(created.id(), created.version(), "Seconde modif", null, Role.VIEWER, true)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(created.id()).orElseThrow().getFullName())
                .isEqualTo("Première modif");
    }

    @Test
    void changesAreAuditedWithWhoMadeThem() {
        String login = unique("a.audit");
        UserSummary created = as.call(
                "admin", () -> users.create(new NewUser(login, "Audit Un", null, Role.VIEWER, "a-long-password-1")));
        as.call("admin", () -> users.update(created.id(), created.version(), "Audit Deux", null, Role.OFFICER, true));
        var em = emf.createEntityManager();
        try {
            var reader = AuditReaderFactory.get(em);
            var revisions = reader.getRevisions(AppUser.class, created.id());
            assertThat(revisions).hasSize(2);
            fr.levier.shared.audit.AuditRevision last =
                    reader.findRevision(fr.levier.shared.audit.AuditRevision.class, revisions.get(1));
            assertThat(last.getUsername()).isEqualTo("admin");
            AppUser before = reader.find(AppUser.class, created.id(), revisions.get(0));
            assertThat(before.getFullName()).isEqualTo("Audit Un");
            assertThat(before.getRole()).isEqualTo(Role.VIEWER);
        } finally {
            em.close();
        }
    }

    @Test
    void passwordResetReplacesTheHash() {
        String login = unique("r.reset");
        UserSummary created = as.call(
                "admin", () -> users.create(new NewUser(login, "Reset", null, Role.VIEWER, "a-long-password-1")));
        as.run("admin", () -> users.resetPassword(created.id(), "another-long-pass-2"));
        assertThat(encoder.matches(
                        "another-long-pass-2",
                        repository.findById(created.id()).orElseThrow().getPasswordHash()))
                .isTrue();
        assertThatThrownBy(() -> as.run("admin", () -> users.resetPassword(created.id(), "short")))
                .isInstanceOf(BusinessRuleException.class);
    }
}
