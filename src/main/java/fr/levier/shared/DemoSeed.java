package fr.levier.shared;

/**
 * One module's contribution to the deterministic demo data set. Seeds run once, on an empty
 * database, in {@link #order()} order, each in its own transaction, when {@code levier.demo.enabled}
 * is true.
 */
public interface DemoSeed {

    /** @return the position of this seed; lower runs first (users 10, partners 20, projects 30…) */
    int order();

    /**
     * @return {@code true} when this module's tables already hold records: then no seed runs (each module
     *     answers for its own tables; the runner queries none)
     */
    default boolean hasData() {
        return false;
    }

    /** Inserts this module's demo records. Must be deterministic: same data on every machine. */
    void seed();

    /**
     * Runs {@code work} as the "system" user with every role (demo seeds call secured services), then
     * restores the caller's authentication.
     */
    static void runAsSystem(Runnable work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "system",
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "ROLE_ADMIN", "ROLE_OFFICER", "ROLE_FINANCE", "ROLE_VIEWER")));
        try {
            work.run();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
