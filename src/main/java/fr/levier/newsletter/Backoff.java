package fr.levier.newsletter;

import java.time.Duration;

/**
 * When to try again after a temporary SMTP failure: the delay doubles with each attempt
 * ({@code base}, 2×, 4×…) up to {@code max}; after {@code maxAttempts} tries the message fails for good.
 *
 * @param base        delay after the first failure
 * @param max         longest delay
 * @param maxAttempts tries before giving up
 */
record Backoff(Duration base, Duration max, int maxAttempts) {

    /** @return the delay before the next try, after {@code attempts} failed tries (1 or more) */
    Duration delayAfter(int attempts) {
        int exponent = Math.min(Math.max(attempts - 1, 0), 30);
        Duration d = base.multipliedBy(1L << exponent);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** @return whether a message that failed {@code attempts} times should be given up */
    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
