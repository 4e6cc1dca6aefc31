package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Import jobs of this server, in memory: a user can leave the import screen while it runs and come
 * back to it. Jobs are forgotten 12 hours after upload (the data they wrote stays, of course).
 */
@Component
class ImportJobs {

    private static final Duration KEEP = Duration.ofHours(12);

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Clock clock;

    ImportJobs(Clock clock) {
        this.clock = clock;
    }

    void add(ImportJob job) {
        jobs.values().removeIf(j -> j.createdAt.plus(KEEP).isBefore(clock.instant()) && j.state != ImportState.RUNNING);
        jobs.put(job.id, job);
    }

    ImportJob get(String id) {
        return jobs.get(id);
    }

    /** @return the latest job of a user, if any (to find a running import again) */
    ImportJob latestOf(String owner) {
        return jobs.values().stream()
                .filter(j -> j.owner.equals(owner))
                .max(java.util.Comparator.comparing(j -> j.createdAt))
                .orElse(null);
    }
}
