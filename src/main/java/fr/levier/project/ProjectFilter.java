package fr.levier.project;

import java.util.Set;

/**
 * Criteria of a project list; {@code null} means "any".
 *
 * @param text            part of the name or code
 * @param status          status
 * @param officerUsername officer in charge
 * @param onlyIds         keep only these projects (a selection from {@link ProjectSelectionProvider}); {@code null} for all
 */
public record ProjectFilter(String text, ProjectStatus status, String officerUsername, Set<Long> onlyIds) {

    /** The filter that keeps everything. */
    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null);
}
