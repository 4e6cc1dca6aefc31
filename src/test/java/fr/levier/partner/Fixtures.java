package fr.levier.partner;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique names and valid SIRETs for tests, so tests never depend on each other's data. */
public final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final int RUN = ThreadLocalRandom.current().nextInt(1000, 9000);

    private Fixtures() {}

    /** @return a name no other test uses, e.g. {@code Test Orion 4123-7} */
    public static String name(String prefix) {
        return prefix + " " + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** @return a valid SIRET no demo partner uses (demo SIRENs start with 41–42) */
    public static String siret() {
        String siren = SiretRules.withCheckDigit("9" + RUN + String.format("%03d", COUNTER.incrementAndGet() % 1000));
        return SiretRules.withCheckDigit(siren + "0001");
    }
}
