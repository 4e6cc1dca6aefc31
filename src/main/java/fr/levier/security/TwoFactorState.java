package fr.levier.security;

/**
 * Where a signed-in browser session stands with two-factor authentication, kept in the HTTP session
 * under {@link #ATTRIBUTE}. Until it is {@link #PASSED} the session acts with no role at all.
 */
public enum TwoFactorState {
    /** The password was right; the TOTP code (or a recovery code) is still due. */
    CHALLENGE,
    /** Two-factor is mandatory for this role and the user has not set it up yet. */
    ENROL,
    /** Nothing more is due: full rights. */
    PASSED;

    /** The HTTP session attribute holding the state. */
    public static final String ATTRIBUTE = "levier.twoFactor";

    /** The only authority a session has while two-factor is due. */
    public static final String PENDING_AUTHORITY = "ROLE_TWO_FACTOR_PENDING";
}
