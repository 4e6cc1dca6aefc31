package fr.levier.funding;

/**
 * Criteria of a commitment list; {@code null} means "any".
 *
 * @param text      part of the title
 * @param partnerId partner
 * @param status    status
 * @param kind      kind
 */
public record CommitmentFilter(String text, Long partnerId, CommitmentStatus status, CommitmentKind kind) {

    /** Everything. */
    public static final CommitmentFilter ALL = new CommitmentFilter(null, null, null, null);
}
