package fr.levier.partner;

import java.util.List;
import java.util.Optional;

/**
 * The projects and commitments an interaction or a task can be linked to. The partner module knows neither;
 * the funding module implements this (it knows both), so the forms can offer pickers, the API can refuse an
 * unknown reference and the timeline can show the link. Without an implementation nothing can be linked.
 */
public interface LinkTargetProvider {

    /**
     * A record a link can point to.
     *
     * @param id    its id
     * @param label what the user reads
     * @param route the screen that shows it, relative to the application root
     */
    record Target(long id, String label, String route) {}

    /** @return the projects, by code */
    List<Target> projects();

    /** @return the commitments allocated to a project, for the partner given first when not {@code null} */
    List<Target> commitmentsOf(long projectId, Long partnerId);

    /** @return the project, empty when it does not exist */
    Optional<Target> project(long id);

    /** @return the commitment, empty when it does not exist */
    Optional<Target> commitment(long id);

    /** @return whether the commitment has an allocation to the project */
    boolean allocatedTo(long commitmentId, long projectId);
}
