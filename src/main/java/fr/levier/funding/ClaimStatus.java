package fr.levier.funding;

/** Where a payment claim stands. */
public enum ClaimStatus {
    /** Being prepared. */
    DRAFT,
    /** Sent to the funder. */
    SENT,
    /** Paid: the cashed amount and date are recorded by finance. */
    PAID,
    /** Rejected by the funder (does not count against ceilings). */
    REJECTED,
    /** Cancelled by the city with a reason (kept, does not count against ceilings). */
    CANCELLED;

    /** @return whether the claim counts against the ceilings */
    public boolean counts() {
        return this != REJECTED && this != CANCELLED;
    }
}
