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
    CHAMBER(true);

    private final boolean publicBody;

    PartnerType(boolean publicBody) {
        this.publicBody = publicBody;
    }

    /** @return whether money from this kind of partner is public funding */
    public boolean isPublicBody() {
        return publicBody;
    }
}
