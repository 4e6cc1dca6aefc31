package fr.levier.funding;

/** What a partner gives or promises. */
public enum CommitmentKind {
    /** Subvention (grant). */
    GRANT,
    /** Mécénat: a gift without counterpart (company tax reduction, CERFA 16216 receipt). */
    MECENAT,
    /** Parrainage: sponsoring with counterparts. */
    SPONSORSHIP,
    /** Apport en nature, valued. */
    IN_KIND,
    /** Partenariat public-privé. */
    PPP,
    /** Prêt (loan): repaid, so neither leverage nor public funding. */
    LOAN;

    /**
     * @return whether this money counts as partner money in the leverage effect: grants, mécénat and PPP;
     *     in-kind and parrainage (a sale of advertising) are shown apart, loans are repaid
     */
    public boolean countsInLeverage() {
        return this == GRANT || this == MECENAT || this == PPP;
    }

    /** @return whether this money counts in total public funding for the 20 % floor (when the partner is public) */
    public boolean countsInPublicFunding() {
        return this == GRANT || this == PPP;
    }
}
