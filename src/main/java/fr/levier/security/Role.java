package fr.levier.security;

/**
 * What a user may do. Roles nest: ADMIN includes OFFICER and FINANCE; OFFICER and FINANCE include
 * VIEWER. Use the constants in {@code @RolesAllowed} and {@code @PreAuthorize}.
 */
public enum Role {
    /** Manages users, API tokens and settings; can do everything. */
    ADMIN,
    /** Partnership officer: edits partners, projects, funding and newsletters. */
    OFFICER,
    /** Finance department: reads everything, runs reports, records payments received. */
    FINANCE,
    /** Reads everything, changes nothing. */
    VIEWER;

    /** Role names for annotations, without the {@code ROLE_} prefix. */
    public static final String ADMIN_NAME = "ADMIN";
    /** See {@link #OFFICER}. */
    public static final String OFFICER_NAME = "OFFICER";
    /** See {@link #FINANCE}. */
    public static final String FINANCE_NAME = "FINANCE";
    /** See {@link #VIEWER}. */
    public static final String VIEWER_NAME = "VIEWER";

    /** The role hierarchy in Spring Security's notation. */
    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_OFFICER
            ROLE_ADMIN > ROLE_FINANCE
            ROLE_OFFICER > ROLE_VIEWER
            ROLE_FINANCE > ROLE_VIEWER
            """;
}
