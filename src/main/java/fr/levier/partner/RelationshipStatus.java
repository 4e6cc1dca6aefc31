package fr.levier.partner;

/** Where the city stands with a partner. */
public enum RelationshipStatus {
    /** Not yet a partner. */
    PROSPECT,
    /** Currently working together. */
    ACTIVE,
    /** No exchange for a long while. */
    DORMANT,
    /** Relationship ended. */
    FORMER
}
