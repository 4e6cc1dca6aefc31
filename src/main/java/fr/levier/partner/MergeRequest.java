package fr.levier.partner;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Merge two partner records into one.
 *
 * @param survivorId      the record kept
 * @param mergedId        the record removed; its contacts, interactions, tasks and (through
 *                        {@link PartnersMerged}) commitments move to the survivor
 * @param takeFromMerged  fields whose value comes from the merged record
 * @param survivorVersion version of the survivor as read on the merge screen
 * @param mergedVersion   version of the merged record as read
 */
public record MergeRequest(
        @NotNull Long survivorId,
        @NotNull Long mergedId,
        Set<PartnerField> takeFromMerged,
        Long survivorVersion,
        Long mergedVersion) {}
