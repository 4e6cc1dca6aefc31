package fr.levier.operations;

import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Wraps the database lock provider so that every run a node actually takes is journaled (job, node,
 * start, end): the proof, on several nodes, that each job ran once per turn.
 */
class JournalingLockProvider implements LockProvider {

    private final LockProvider delegate;
    private final JobRunJournal journal;

    JournalingLockProvider(LockProvider delegate, JobRunJournal journal) {
        this.delegate = delegate;
        this.journal = journal;
    }

    @Override
    public Optional<SimpleLock> lock(LockConfiguration configuration) {
        Optional<SimpleLock> lock = delegate.lock(configuration);
        if (lock.isEmpty()) {
            return lock;
        }
        long run = journal.started(configuration.getName());
        SimpleLock taken = lock.get();
        return Optional.of(new SimpleLock() {
            @Override
            public void unlock() {
                try {
                    taken.unlock();
                } finally {
                    journal.finished(run);
                }
            }

            @Override
            public Optional<SimpleLock> extend(java.time.Duration lockAtMostFor, java.time.Duration lockAtLeastFor) {
                return taken.extend(lockAtMostFor, lockAtLeastFor);
            }
        });
    }
}
