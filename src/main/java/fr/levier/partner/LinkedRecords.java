package fr.levier.partner;

/**
 * Lets the partner module check that the project or commitment an interaction or a task names exists,
 * without depending on the modules that own them (the funding module implements it). Without an
 * implementation, the links are not checked.
 */
public interface LinkedRecords {

    /** @return whether a project with this id exists */
    boolean projectExists(long id);

    /** @return whether a commitment with this id exists */
    boolean commitmentExists(long id);
}
