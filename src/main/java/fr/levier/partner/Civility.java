package fr.levier.partner;

/** How a contact is addressed in letters and newsletters. */
public enum Civility {
    /** Madame. */
    MME,
    /** Monsieur. */
    M
}
