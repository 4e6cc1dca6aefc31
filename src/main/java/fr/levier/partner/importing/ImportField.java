package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A field an import column can feed, with the French and English headers recognised automatically
 * (compared after {@link NameNormalizer#simplify(String)}).
 */
public enum ImportField {
    NAME(
            ImportTarget.PARTNERS,
            true,
            "nom",
            "raison sociale",
            "denomination",
            "name",
            "organisation",
            "organization",
            "company",
            "structure",
            "nom de la structure",
            "partenaire",
            "partner",
            "nom du partenaire",
            "partner name"),
    LEGAL_FORM(ImportTarget.PARTNERS, false, "forme juridique", "legal form", "forme"),
    TYPE(ImportTarget.PARTNERS, false, "type", "categorie", "category", "type de partenaire", "partner type"),
    SIRET(ImportTarget.PARTNERS, false, "siret", "siren", "n siret", "no siret", "numero siret", "siret siren"),
    NAF_CODE(ImportTarget.PARTNERS, false, "naf", "code naf", "ape", "code ape", "naf code", "activity code"),
    STREET(ImportTarget.PARTNERS, false, "adresse", "address", "rue", "street", "voie"),
    POSTCODE(ImportTarget.PARTNERS, false, "code postal", "cp", "postcode", "zip", "postal code", "zip code"),
    TOWN(ImportTarget.PARTNERS, false, "ville", "commune", "town", "city", "localite"),
    WEBSITE(ImportTarget.PARTNERS, false, "site web", "site", "website", "site internet", "url", "web"),
    HEADCOUNT(
            ImportTarget.PARTNERS,
            false,
            "effectif",
            "effectifs",
            "salaries",
            "headcount",
            "employees",
            "nombre de salaries"),
    TAGS(ImportTarget.PARTNERS, false, "tags", "etiquettes", "mots cles", "keywords"),
    STATUS(ImportTarget.PARTNERS, false, "statut", "relation", "status", "statut de la relation"),
    OFFICER(ImportTarget.PARTNERS, false, "charge de suivi", "referent", "officer", "suivi par", "responsable"),
    INVEST_IN_ROMANS(
            ImportTarget.PARTNERS,
            false,
            "investinromans",
            "invest in romans",
            "membre investinromans",
            "membre",
            "member"),
    MEMBER_SINCE(ImportTarget.PARTNERS, false, "membre depuis", "member since", "adhesion", "date d adhesion"),
    MEMBER_LEVEL(ImportTarget.PARTNERS, false, "niveau", "level", "niveau d adhesion", "membership level"),
    MEMBER_FEE(
            ImportTarget.PARTNERS,
            false,
            "cotisation",
            "montant cotisation",
            "fee",
            "membership fee",
            "cotisation annuelle",
            "montant"),
    NOTES(
            ImportTarget.PARTNERS,
            false,
            "notes",
            "commentaire",
            "commentaires",
            "remarques",
            "comments",
            "observations"),

    CIVILITY(ImportTarget.CONTACTS, false, "civilite", "civility", "titre", "title"),
    FIRST_NAME(ImportTarget.CONTACTS, false, "prenom", "first name", "firstname", "given name"),
    LAST_NAME(ImportTarget.CONTACTS, true, "nom", "last name", "lastname", "surname", "nom de famille", "family name"),
    JOB_TITLE(ImportTarget.CONTACTS, false, "fonction", "poste", "job title", "job", "position"),
    EMAIL(
            ImportTarget.CONTACTS,
            false,
            "email",
            "e mail",
            "courriel",
            "mail",
            "adresse mail",
            "adresse email",
            "adresse e mail"),
    EMAIL2(ImportTarget.CONTACTS, false, "email 2", "autre email", "courriel 2", "other email"),
    PHONE(ImportTarget.CONTACTS, false, "telephone", "tel", "phone", "telephone fixe", "tel fixe"),
    MOBILE(ImportTarget.CONTACTS, false, "mobile", "portable", "tel portable", "cell", "mobile phone"),
    LANGUAGE(ImportTarget.CONTACTS, false, "langue", "language"),
    CONSENT(ImportTarget.CONTACTS, false, "consentement", "consent", "newsletter", "opt in", "optin"),
    CONSENT_DATE(ImportTarget.CONTACTS, false, "date consentement", "date du consentement", "consent date"),
    CONSENT_SOURCE(ImportTarget.CONTACTS, false, "source", "source du consentement", "consent source", "origine"),
    DO_NOT_CONTACT(ImportTarget.CONTACTS, false, "ne pas contacter", "do not contact", "opposition"),
    PARTNER_SIRET(ImportTarget.CONTACTS, false, "siret", "siret organisme", "partner siret", "siret employeur"),
    PARTNER_NAME(
            ImportTarget.CONTACTS,
            false,
            "organisme",
            "structure",
            "entreprise",
            "societe",
            "organisation",
            "organization",
            "company",
            "partenaire",
            "partner",
            "employeur",
            "employer"),
    ROLE(ImportTarget.CONTACTS, false, "role", "role dans la structure", "role at partner");

    /** Fields a partner line cannot do without. */
    static final List<ImportField> PARTNERS_REQUIRED = List.of(NAME);
    /** Fields a contact line cannot do without. */
    static final List<ImportField> CONTACTS_REQUIRED = List.of(LAST_NAME);

    private final ImportTarget target;
    private final boolean required;
    private final Set<String> headers;

    ImportField(ImportTarget target, boolean required, String... headers) {
        this.target = target;
        this.required = required;
        this.headers = Arrays.stream(headers).collect(Collectors.toSet());
    }

    /** @return the kind of import this field belongs to */
    public ImportTarget target() {
        return target;
    }

    /** @return whether a line without it is rejected */
    public boolean required() {
        return required;
    }

    /** @return whether a column header names this field */
    public boolean recognises(String header) {
        return headers.contains(NameNormalizer.simplify(header));
    }

    /** @return the fields of one kind of import, in display order */
    public static List<ImportField> of(ImportTarget target) {
        return Arrays.stream(values()).filter(f -> f.target == target).toList();
    }
}
