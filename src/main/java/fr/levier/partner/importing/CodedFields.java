package fr.levier.partner.importing;

import fr.levier.partner.Civility;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The coded columns of partner and contact files and the words people use for their values. */
final class CodedFields {

    /** The InvestInRomans membership levels, lowest first (stored as written here). */
    static final List<String> MEMBER_LEVELS = List.of("Membre", "Partenaire", "Ambassadeur");

    private CodedFields() {}

    /** The InvestInRomans levels and what files call them (tiers, metals, numbers, English). */
    static ValueVocabulary memberLevels() {
        return ValueVocabulary.of(
                MEMBER_LEVELS,
                "memberLevel.",
                Map.of(
                        "Membre",
                        List.of("adherent", "member", "niveau 1", "1", "bronze", "simple", "standard", "basique"),
                        "Partenaire",
                        List.of("partner", "niveau 2", "2", "argent", "silver", "partenaire premium"),
                        "Ambassadeur",
                        List.of("ambassadrice", "ambassador", "niveau 3", "3", "or", "gold", "premium", "mecene")));
    }

    static Map<ImportField, ValueVocabulary> partnersAndContacts() {
        ValueVocabulary types = ValueVocabulary.ofEnum(PartnerType.class, "partnerType.", typeSynonyms());
        ValueVocabulary status = ValueVocabulary.ofEnum(
                RelationshipStatus.class,
                "relationship.",
                Map.of(
                        RelationshipStatus.ACTIVE, List.of("actif", "en cours", "partenaire", "active"),
                        RelationshipStatus.DORMANT, List.of("inactif", "sommeil", "dormant"),
                        RelationshipStatus.FORMER, List.of("ancien", "ex", "termine", "former"),
                        RelationshipStatus.PROSPECT, List.of("piste", "a contacter", "prospect")));
        ValueVocabulary civility = ValueVocabulary.ofEnum(
                Civility.class,
                "civility.",
                Map.of(
                        Civility.MME, List.of("madame", "mme", "mlle", "mademoiselle", "mrs", "ms", "f"),
                        Civility.M, List.of("monsieur", "m", "mr", "h")));
        ValueVocabulary consent = ValueVocabulary.ofEnum(
                ConsentStatus.class,
                "consent.",
                Map.of(
                        ConsentStatus.GRANTED,
                                List.of("oui", "o", "yes", "x", "1", "accepte", "inscrit", "abonne", "opt in"),
                        ConsentStatus.REFUSED, List.of("non", "n", "no", "0", "refuse", "refus"),
                        ConsentStatus.WITHDRAWN, List.of("retire", "desinscrit", "desabonne", "unsubscribed"),
                        ConsentStatus.UNKNOWN, List.of("inconnu", "non demande", "nsp", "unknown")));
        ValueVocabulary yesNo = ValueVocabulary.yesNo();
        Map<ImportField, ValueVocabulary> m = new EnumMap<>(ImportField.class);
        m.put(ImportField.TYPE, types);
        m.put(ImportField.STATUS, status);
        m.put(ImportField.INVEST_IN_ROMANS, yesNo);
        m.put(ImportField.MEMBER_LEVEL, memberLevels());
        m.put(ImportField.CONTACT_CIVILITY, civility);
        m.put(ImportField.CONTACT_CONSENT, consent);
        m.put(ImportField.CIVILITY, civility);
        m.put(ImportField.CONSENT, consent);
        m.put(ImportField.DO_NOT_CONTACT, yesNo);
        return m;
    }

    private static Map<PartnerType, List<String>> typeSynonyms() {
        Map<PartnerType, List<String>> m = new EnumMap<>(PartnerType.class);
        m.put(
                PartnerType.MUNICIPALITY,
                List.of("collectivite", "collectivite territoriale", "commune", "mairie", "ville", "municipalite"));
        m.put(
                PartnerType.PUBLIC_AGENCY,
                List.of("etablissement public", "ep", "epic", "epa", "agence", "agence publique", "banque publique"));
        m.put(
                PartnerType.INTERCOMMUNALITY,
                List.of(
                        "epci",
                        "agglo",
                        "agglomeration",
                        "communaute d agglomeration",
                        "communaute de communes",
                        "communaute urbaine",
                        "metropole",
                        "interco"));
        m.put(
                PartnerType.CHAMBER,
                List.of(
                        "cci",
                        "cma",
                        "chambre de commerce",
                        "chambre de commerce et d industrie",
                        "chambre des metiers",
                        "chambre de metiers et de l artisanat",
                        "chambre d agriculture",
                        "chambre"));
        m.put(PartnerType.JOINT_SYNDICATE, List.of("syndicat", "syndicat intercommunal", "sivu", "sivom", "smo"));
        m.put(
                PartnerType.SEM_SPL,
                List.of("sem", "spl", "semop", "societe d economie mixte", "societe publique locale"));
        m.put(
                PartnerType.SOCIAL_LANDLORD,
                List.of("bailleur", "oph", "office public de l habitat", "hlm", "esh", "logement social"));
        m.put(
                PartnerType.COMPANY,
                List.of("entreprise", "societe", "sarl", "sas", "sa", "eurl", "pme", "tpe", "eti", "commerce"));
        m.put(PartnerType.BANK, List.of("banque", "etablissement bancaire"));
        m.put(PartnerType.FOUNDATION, List.of("fondation", "fonds de dotation", "fond de dotation"));
        m.put(PartnerType.ASSOCIATION, List.of("asso", "association loi 1901", "loi 1901"));
        m.put(PartnerType.STATE, List.of("etat", "prefecture", "ministere", "dreal", "ddt", "sous prefecture"));
        m.put(PartnerType.REGION, List.of("conseil regional", "region"));
        m.put(PartnerType.DEPARTMENT, List.of("conseil departemental", "departement", "cd"));
        m.put(PartnerType.EU_BODY, List.of("ue", "europe", "union europeenne", "commission europeenne", "feder"));
        m.put(PartnerType.OTHER_PUBLIC, List.of("hopital", "universite", "lycee", "college", "public"));
        m.put(PartnerType.OTHER_PRIVATE, List.of("cooperative", "scop", "scic", "mutuelle", "prive"));
        return m;
    }
}
