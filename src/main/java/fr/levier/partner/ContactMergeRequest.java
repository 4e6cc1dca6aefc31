package fr.levier.partner;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Merge two records of one person.
 *
 * @param survivorId      the contact kept
 * @param mergedId        the contact removed; its affiliations, interactions, tasks and consent log move to the
 *                        survivor, other modules re-point theirs on {@link ContactsMerged}
 * @param takeFromMerged  fields whose value comes from the merged record
 * @param survivorVersion version of the survivor as read on the merge screen
 * @param mergedVersion   version of the merged record as read
 */
public record ContactMergeRequest(
        @NotNull Long survivorId,
        @NotNull Long mergedId,
        Set<ContactField> takeFromMerged,
        Long survivorVersion,
        Long mergedVersion) {}
