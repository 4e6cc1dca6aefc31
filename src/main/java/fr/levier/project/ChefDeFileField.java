package fr.levier.project;

/**
 * Fields of competence where a collectivité is chef de file (CGCT art. L1111-9). An operation in one of
 * them raises the owner's minimum participation to 30 % of the public funding (CGCT L1111-10 III), unless
 * a convention territoriale d'exercice concerté (CTEC) sets otherwise.
 */
public enum ChefDeFileField {
    /** Région: aménagement et développement durable du territoire (L1111-9 II 1°). */
    REGION_TERRITORY,
    /** Région: protection de la biodiversité (L1111-9 II 2°). */
    REGION_BIODIVERSITY,
    /** Région: climat, qualité de l'air et énergie (L1111-9 II 3°). */
    REGION_CLIMATE_ENERGY,
    /** Région: soutien à l'enseignement supérieur et à la recherche (L1111-9 II). */
    REGION_HIGHER_EDUCATION,
    /** Région: intermodalité et complémentarité des modes de transport (L1111-9 II). */
    REGION_INTERMODALITY,
    /** Département: action sociale, développement social (L1111-9 III 1°). */
    DEPARTMENT_SOCIAL_ACTION,
    /** Département: autonomie des personnes (L1111-9 III 2°). */
    DEPARTMENT_AUTONOMY,
    /** Département: solidarité des territoires (L1111-9 III 3°). */
    DEPARTMENT_TERRITORIAL_SOLIDARITY,
    /** Commune / EPCI: mobilité durable (L1111-9 IV). */
    COMMUNE_SUSTAINABLE_MOBILITY,
    /** Commune / EPCI: organisation des services publics de proximité (L1111-9 IV). */
    COMMUNE_LOCAL_SERVICES,
    /** Commune / EPCI: aménagement de l'espace (L1111-9 IV). */
    COMMUNE_SPATIAL_PLANNING,
    /** Commune / EPCI: développement local (L1111-9 IV). */
    COMMUNE_LOCAL_DEVELOPMENT
}
