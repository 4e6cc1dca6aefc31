package fr.levier.security;

import fr.levier.shared.DemoSeed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo accounts (fictional people): one per role plus the rest of the seven-officer team. They exist
 * only with demo data, and their logins are printed at every start so a newcomer can sign in.
 */
@Component
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class SecurityDemoData implements DemoSeed {

    /** The shared demo password, long enough for the password policy. */
    static final String DEMO_PASSWORD = "levier-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(SecurityDemoData.class);

    /** Login, full name, e-mail, role. */
    static final List<NewUser> USERS = List.of(
            user("admin", "Camille Administratrice", Role.ADMIN),
            user("officer", "Julien Marchetti", Role.OFFICER),
            user("finance", "Nadia Fontaine", Role.FINANCE),
            user("viewer", "Élise Observatrice", Role.VIEWER),
            user("s.beaumont", "Sophie Beaumont", Role.OFFICER),
            user("k.rahmani", "Karim Rahmani", Role.OFFICER),
            user("l.vidal", "Lucie Vidal", Role.OFFICER),
            user("t.garnier", "Thomas Garnier", Role.OFFICER),
            user("a.nguyen", "Anne Nguyen", Role.OFFICER),
            user("p.roux", "Pierre Roux", Role.OFFICER));

    private final UserService users;
    private final AppUserRepository repository;

    SecurityDemoData(UserService users, AppUserRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    private static NewUser user(String login, String name, Role role) {
        return new NewUser(login, name, login + "@demo.levier.fr", role, DEMO_PASSWORD);
    }

    @Override
    public boolean hasData() {
        return repository.count() > 0;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void seed() {
        users.createAllUnchecked(USERS);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void printLogins() {
        if (repository.existsByUsernameIgnoreCase("admin")) {
            log.info("""

                    ================ Levier demo logins (password: {}) ================
                      admin    administrator (users, API tokens)
                      officer  partnership officer (edits partners, projects, funding)
                      finance  finance department (reports, payments received)
                      viewer   read only
                    =====================================================================""", DEMO_PASSWORD);
        }
    }
}
