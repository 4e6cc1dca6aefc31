package fr.levier.partner.importing;

/**
 * Told after each line an import applies, inside the import's transaction: throwing rolls the whole
 * import back. Production registers none; tests register one to inject a failure midway.
 */
@FunctionalInterface
public interface AppliedLineListener {

    /** @param line the 1-based line number of the file that was just applied */
    void applied(int line);
}
