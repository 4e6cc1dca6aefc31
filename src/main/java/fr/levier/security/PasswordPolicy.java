package fr.levier.security;

/** Password rules shared by the admin screen, the API and the first-admin bootstrap. */
public final class PasswordPolicy {

    /** Minimum length of a password (ANSSI recommends 12+ for ordinary accounts). */
    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {}

    /**
     * @param password a candidate password
     * @return {@code true} when it is long enough and not blank
     */
    public static boolean isAcceptable(String password) {
        return password != null && !password.isBlank() && password.length() >= MIN_LENGTH && password.length() <= 128;
    }
}
