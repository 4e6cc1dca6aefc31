package fr.levier.shared;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo data set at start-up, once: only when enabled and when the database holds no user
 * yet. Runs before anything that prints logins.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoSeed> seeds;

    DemoDataRunner(List<DemoSeed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seeds.stream().anyMatch(DemoSeed::hasData)) {
            log.info("Demo data: database already populated, nothing seeded");
            return;
        }
        long start = System.nanoTime();
        seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).forEach(DemoSeed::seed);
        log.info("Demo data seeded by {} modules in {} ms", seeds.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
