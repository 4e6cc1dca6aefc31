/**
 * Operations: scheduled jobs that run once across several nodes (ShedLock on the database, with a
 * journal of which node ran what), the answer given while the database is unreachable, and the
 * metrics exposed to Prometheus. Backup, restore and upgrade are scripts under {@code scripts/}
 * (see the README's "Operations" section). Public API: {@link fr.levier.operations.JobRunService}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.levier.operations;
