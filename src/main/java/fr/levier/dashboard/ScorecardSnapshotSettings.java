package fr.levier.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the scorecard snapshot is kept ({@code levier.dashboard.snapshot.*}).
 *
 * @param enabled  serve the stored snapshot (false: compute on every request, as tests do)
 * @param maxAge   recompute a snapshot older than this even without a change
 * @param debounce wait this long after the first change before recomputing (changes come in bursts)
 */
@ConfigurationProperties("levier.dashboard.snapshot")
record ScorecardSnapshotSettings(Boolean enabled, Duration maxAge, Duration debounce) {

    ScorecardSnapshotSettings {
        enabled = enabled == null || enabled;
        maxAge = maxAge == null ? Duration.ofMinutes(15) : maxAge;
        debounce = debounce == null ? Duration.ofSeconds(30) : debounce;
    }
}
