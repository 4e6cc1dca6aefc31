package fr.levier.operations;

import java.time.Instant;

/**
 * One run of a scheduled job.
 *
 * @param job        the job's lock name
 * @param node       the node that ran it
 * @param startedAt  when it started
 * @param finishedAt when it ended, {@code null} while running (or if the node died)
 */
public record JobRun(String job, String node, Instant startedAt, Instant finishedAt) {}
