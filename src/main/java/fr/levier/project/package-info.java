/**
 * Projects of the portfolio: costs, city self-financing, owner/lead-body flags, the 20 % floor
 * exemption, dossier dates (instruction time), milestones and documents. Public API:
 * {@link fr.levier.project.ProjectService} and its records; extension points
 * {@link fr.levier.project.ui.ProjectTabProvider} (other modules add tabs to the project page) and
 * {@link fr.levier.project.ProjectSelectionProvider} (other modules add list filters). Depends only
 * on shared and security.
 */
package fr.levier.project;
