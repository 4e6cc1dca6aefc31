package fr.levier.partner;

/**
 * Published inside the merge transaction when two contact records were found to be the same person: everything
 * that pointed to {@code mergedId} (newsletter recipients' history…) must now point to {@code survivorId}.
 * Listeners use a plain {@code @EventListener} so their re-pointing commits or rolls back with the merge.
 *
 * @param survivorId the contact kept
 * @param mergedId   the contact removed
 */
public record ContactsMerged(long survivorId, long mergedId) {}
