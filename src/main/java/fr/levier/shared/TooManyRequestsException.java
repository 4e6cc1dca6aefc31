package fr.levier.shared;

import java.time.Duration;

/**
 * A request refused because the user already holds as much of something as allowed (e.g. import jobs
 * in progress); the API answers 429 with {@code Retry-After}, screens show the message like any
 * refused rule.
 */
public class TooManyRequestsException extends BusinessRuleException {

    private final Duration retryAfter;

    /**
     * @param message    the user-facing message, saying what to do
     * @param retryAfter when the request may succeed without the user doing anything
     */
    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** @return when the request may succeed without the user doing anything */
    public Duration getRetryAfter() {
        return retryAfter;
    }
}
