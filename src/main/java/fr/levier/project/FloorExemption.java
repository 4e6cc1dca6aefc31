package fr.levier.project;

/**
 * The exemptions from the owner's minimum participation (CGCT L1111-10 III). Each one is recorded with the
 * act that grants it; urban renewal is also recognised automatically when the ANRU funds the operation.
 */
public enum FloorExemption {
    /** Rénovation urbaine, art. 9 of loi 2003-710 (automatic for ANRU-funded operations). */
    URBAN_RENEWAL,
    /** Monuments protégés (code du patrimoine): only with the préfet's decision. */
    PROTECTED_MONUMENT,
    /** Calamités publiques: only with the préfet's decision. */
    PUBLIC_CALAMITY;

    /** @return whether the exemption needs the préfet's decision (reference and date) */
    public boolean needsPrefetDecision() {
        return this != URBAN_RENEWAL;
    }
}
