package fr.levier.partner.importing;

import org.springframework.stereotype.Component;

/**
 * The test's fault injector for imports: a bean of the test sources (scanned into the one shared test
 * context) that throws when the chosen line is applied. Inactive unless a test arms it.
 */
@Component
public class FailingImportLine implements AppliedLineListener {

    private volatile int failAt = -1;

    /** Throws "disk full" when {@code line} is applied, until {@link #disarm()}. */
    public void armAt(int line) {
        failAt = line;
    }

    public void disarm() {
        failAt = -1;
    }

    @Override
    public void applied(int line) {
        if (line == failAt) {
            throw new IllegalStateException("disk full");
        }
    }
}
