package fr.levier.reporting;

/** Told how far an export has gone, so a screen can show progress. */
@FunctionalInterface
public interface ExportProgress {

    /** Ignores progress. */
    ExportProgress NONE = (done, total) -> {};

    /**
     * @param done  lines written
     * @param total lines to write
     */
    void rowsDone(long done, long total);
}
