package fr.levier.funding;

/** Kind of payment claim (demande de versement). */
public enum ClaimType {
    /** Avance (at start). */
    ADVANCE,
    /** Acompte (interim, on expenses incurred). */
    INTERIM,
    /** Solde (final, on completion). */
    FINAL
}
