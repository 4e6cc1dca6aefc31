package fr.levier.security;

/**
 * What an API token opens. A machine gets the least it needs: a monitoring server scrapes metrics
 * with a {@link #METRICS} token, which opens nothing else and does not act as its owner.
 */
public enum ApiTokenScope {
    /** The REST API ({@code /api/**}), acting as the token's owner with the owner's role. */
    API,
    /** Only the Prometheus and metrics endpoints ({@code /actuator/prometheus}, {@code /actuator/metrics}). */
    METRICS
}
