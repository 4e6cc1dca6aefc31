package fr.levier.shared;

/**
 * One module's contribution to the deterministic demo data set. Seeds run once, on an empty
 * database, in {@link #order()} order, each in its own transaction, when {@code levier.demo.enabled}
 * is true.
 */
public interface DemoSeed {

    /** @return the position of this seed; lower runs first (users 10, partners 20, projects 30…) */
    int order();

    /** Inserts this module's demo records. Must be deterministic: same data on every machine. */
    void seed();
}
