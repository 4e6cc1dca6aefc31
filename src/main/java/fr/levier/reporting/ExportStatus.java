package fr.levier.reporting;

/** Where a background export stands. */
public enum ExportStatus {
    /** Being built. */
    RUNNING,
    /** Built: the file can be downloaded until it expires. */
    READY,
    /** Could not be built (the reason is kept). */
    FAILED
}
