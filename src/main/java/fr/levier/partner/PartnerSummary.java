package fr.levier.partner;

/**
 * One line of a partner list.
 *
 * @param id              database id
 * @param name            organisation name
 * @param type            kind of organisation
 * @param siret           SIRET or SIREN, may be {@code null}
 * @param town            town
 * @param status          relationship status
 * @param officerUsername login of the officer in charge, may be {@code null}
 * @param investInRomans  member of the InvestInRomans network
 * @param publicMoney     whether its money is public, {@code null} when it follows the type
 * @param version         the version read, to send with a change
 */
public record PartnerSummary(
        Long id,
        String name,
        PartnerType type,
        String siret,
        String town,
        RelationshipStatus status,
        String officerUsername,
        boolean investInRomans,
        Boolean publicMoney,
        long version) {

    /**
     * Whether the partner's money counts as public funding (CGCT L1111-10): the override recorded on the
     * partner, else the type's default. A body of private law with a public-service mission (a CAF, for
     * instance) does not count (circulaire NOR IOCB1203166C).
     *
     * @return whether its money is public
     */
    public boolean countsAsPublicMoney() {
        return countsAsPublicMoney(type, publicMoney);
    }

    /**
     * The same rule for a partner read elsewhere (a query that joins the partner's type and override).
     *
     * @param type        the partner's type, may be {@code null}
     * @param publicMoney the override recorded on the partner, {@code null} when it follows the type
     * @return whether its money counts as public
     */
    public static boolean countsAsPublicMoney(PartnerType type, Boolean publicMoney) {
        return publicMoney != null ? publicMoney : type != null && type.isPublicBody();
    }
}
