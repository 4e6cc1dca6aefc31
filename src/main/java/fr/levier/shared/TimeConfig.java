package fr.levier.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application clock, in the city's time zone; tests may replace it to fix "today". */
@Configuration
class TimeConfig {

    /** The city's time zone: deadlines and "today" are French dates. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(PARIS);
    }
}
