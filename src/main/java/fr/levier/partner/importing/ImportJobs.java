package fr.levier.partner.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Import jobs of this server: a user can leave the import screen while it runs and come back to
 * it. Bounded so that uploads cannot exhaust the heap (issue 10): each file is at most
 * {@code levier.upload.max-size}, each user keeps at most {@code levier.import.max-per-user} jobs
 * (a new upload forgets that user's oldest finished one), and jobs are forgotten
 * {@code levier.import.keep} after upload (1 hour by default; the data they wrote stays, of course).
 */
@Component
class ImportJobs {

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration keep;
    private final int maxPerUser;

    ImportJobs(
            Clock clock,
            @Value("${levier.import.keep:1h}") Duration keep,
            @Value("${levier.import.max-per-user:3}") int maxPerUser) {
        this.clock = clock;
        this.keep = keep;
        this.maxPerUser = maxPerUser;
    }

    synchronized void add(ImportJob job) {
        expire();
        List<ImportJob> mine = jobs.values().stream()
                .filter(j -> j.owner.equals(job.owner))
                .sorted(Comparator.comparing(j -> j.createdAt))
                .toList();
        int excess = mine.size() + 1 - maxPerUser;
        for (ImportJob old : mine) {
            if (excess <= 0) {
                break;
            }
            if (old.state != ImportState.RUNNING) {
                jobs.remove(old.id);
                excess--;
            }
        }
        jobs.put(job.id, job);
    }

    ImportJob get(String id) {
        expire();
        return jobs.get(id);
    }

    /** @return the latest job of a user, if any (to find a running import again) */
    ImportJob latestOf(String owner) {
        expire();
        return jobs.values().stream()
                .filter(j -> j.owner.equals(owner))
                .max(Comparator.comparing(j -> j.createdAt))
                .orElse(null);
    }

    /** @return how many jobs are held (all users) */
    int size() {
        return jobs.size();
    }

    private void expire() {
        jobs.values().removeIf(j -> j.createdAt.plus(keep).isBefore(clock.instant()) && j.state != ImportState.RUNNING);
    }
}
