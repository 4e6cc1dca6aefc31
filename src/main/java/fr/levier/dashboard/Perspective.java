package fr.levier.dashboard;

/** The four perspectives of the Balanced Scorecard, in the order they are shown. */
public enum Perspective {
    /** Funds raised, cashed, leverage, investment capacity, amounts at risk. */
    FINANCIAL,
    /** The network, new partners, interactions, newsletter reach. */
    PARTNERS,
    /** Active file, instruction time, deadlines, overdue claims. */
    PROCESS,
    /** Training and knowledge sharing, recorded by hand. */
    LEARNING
}
