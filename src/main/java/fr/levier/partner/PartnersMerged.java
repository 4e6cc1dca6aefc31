package fr.levier.partner;

/**
 * Published inside the merge transaction when two partner records were found to be the same
 * organisation: everything that pointed to {@code mergedId} must now point to {@code survivorId}.
 * Other modules (funding…) listen with a plain {@code @EventListener} so their re-pointing commits or
 * rolls back with the merge.
 *
 * @param survivorId the partner kept
 * @param mergedId   the partner removed
 */
public record PartnersMerged(long survivorId, long mergedId) {}
