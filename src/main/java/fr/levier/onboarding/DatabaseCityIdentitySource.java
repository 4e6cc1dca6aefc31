package fr.levier.onboarding;

import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only {@link CityIdentitySource}: the identity recorded in the database (first-run assistant, settings
 * screen), the {@code levier.city.*} properties until one is. Read on every page and e-mail, by users and by
 * background jobs alike (so no access rule here), and kept for {@value #CACHE_SECONDS} s: another node sees a
 * change that late.
 */
@Component
class DatabaseCityIdentitySource implements CityIdentitySource {

    private static final long CACHE_SECONDS = 30;

    private final CityIdentityRepository records;
    private final CityIdentityDefaults defaults;
    private final Clock clock;
    private volatile Cached cached;

    record Cached(CityIdentity identity, boolean setupDone, Instant until) {}

    DatabaseCityIdentitySource(CityIdentityRepository records, CityIdentityDefaults defaults, Clock clock) {
        this.records = records;
        this.defaults = defaults;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CityIdentity current() {
        return load().identity();
    }

    @Transactional(readOnly = true)
    boolean setupDone() {
        return load().setupDone();
    }

    CityIdentity defaults() {
        return defaults.get();
    }

    void forget() {
        cached = null;
    }

    private Cached load() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || now.isAfter(c.until())) {
            var r = records.findFirstByOrderByIdAsc();
            c = new Cached(
                    r.map(CityIdentityRecord::toIdentity).orElse(defaults.get()),
                    r.map(x -> x.getSetupDoneAt() != null).orElse(false),
                    now.plus(Duration.ofSeconds(CACHE_SECONDS)));
            cached = c;
        }
        return c;
    }
}
