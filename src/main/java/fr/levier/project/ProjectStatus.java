package fr.levier.project;

/** Where a project of the portfolio stands. */
public enum ProjectStatus {
    /** An idea, not yet studied. */
    IDEA,
    /** Feasibility or programming study. */
    STUDY,
    /** Funding dossiers being instructed. */
    INSTRUCTING,
    /** Approved by the council. */
    APPROVED,
    /** Works in progress. */
    IN_PROGRESS,
    /** Completed (completion declared). */
    COMPLETED,
    /** Abandoned. */
    ABANDONED;

    /** @return whether the project is part of the active file (neither completed nor abandoned) */
    public boolean isActive() {
        return this != COMPLETED && this != ABANDONED;
    }
}
