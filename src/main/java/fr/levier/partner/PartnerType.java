package fr.levier.partner;

/**
 * Kind of organisation. Whether it is public matters for the 20 % self-financing floor (private
 * money does not count in total public funding).
 */
public enum PartnerType {
    /** État: préfecture, ministries, State services. */
    STATE(true),
    /** Région (Auvergne-Rhône-Alpes). */
    REGION(true),
    /** Département (Drôme). */
    DEPARTMENT(true),
    /** Intercommunalité (EPCI), e.g. the agglomeration. */
    INTERCOMMUNALITY(true),
    /** European Union bodies and programmes (FEDER, FSE+, LEADER). */
    EU_BODY(true),
    /** Public agencies and banks: Banque des Territoires, ADEME, ANRU, ANAH, CAF… */
    PUBLIC_AGENCY(true),
    /** Private company. */
    COMPANY(false),
    /** Private bank. */
    BANK(false),
    /** Foundation. */
    FOUNDATION(false),
    /** Association. */
    ASSOCIATION(false),
    /** Consular chamber: CCI, CMA (public establishments, but fund like private partners here). */
    CHAMBER(true),
    /** Commune (another municipality than the city itself). */
    MUNICIPALITY(true),
    /** Syndicat mixte or syndicat intercommunal (public establishment grouping local authorities). */
    JOINT_SYNDICATE(true),
    /**
     * SEM or SPL (société d'économie mixte / publique locale): private-law companies, so their money is
     * private by default even when their capital is public (a partner's own flag can say otherwise).
     */
    SEM_SPL(false),
    /**
     * Bailleur social: an office public de l'habitat is a public establishment, which is the common case
     * for a city's partners; an ESH (private HLM company) is flagged private on the partner itself.
     */
    SOCIAL_LANDLORD(true),
    /** Other public bodies: hospital, university, school, public utility not listed above. */
    OTHER_PUBLIC(true),
    /** Other private bodies: cooperative, mutual, individual, not listed above. */
    OTHER_PRIVATE(false);

    private final boolean publicBody;

    PartnerType(boolean publicBody) {
        this.publicBody = publicBody;
    }

    /** @return whether money from this kind of partner is public funding */
    public boolean isPublicBody() {
        return publicBody;
    }
}
