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
            "cotisation annuelle"),
    NOTES(
            ImportTarget.PARTNERS,
            false,
            "notes",
            "commentaire",
            "commentaires",
            "remarques",
            "comments",
            "observations"),

    CONTACT_NAME(
            ImportTarget.PARTNERS,
            false,
            "contact",
            "nom du contact",
            "contact principal",
            "interlocuteur",
            "contact name",
            "main contact",
            "nom prenom",
            "prenom nom"),
    CONTACT_CIVILITY(ImportTarget.PARTNERS, false, "civilite", "civilite du contact", "civility"),
    CONTACT_FIRST_NAME(ImportTarget.PARTNERS, false, "prenom", "prenom du contact", "first name", "firstname"),
    CONTACT_LAST_NAME(ImportTarget.PARTNERS, false, "nom de famille", "nom du contact seul", "last name", "surname"),
    CONTACT_JOB_TITLE(ImportTarget.PARTNERS, false, "fonction", "fonction du contact", "poste", "job title"),
    CONTACT_EMAIL(ImportTarget.PARTNERS, false, "email", "e mail", "courriel", "mail", "email du contact"),
    CONTACT_PHONE(ImportTarget.PARTNERS, false, "telephone", "tel", "phone", "telephone du contact"),
    CONTACT_MOBILE(ImportTarget.PARTNERS, false, "mobile", "portable", "tel portable"),
    CONTACT_CONSENT(
            ImportTarget.PARTNERS, false, "consentement", "newsletter", "consentement newsletter", "consent", "opt in"),

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
    ROLE(ImportTarget.CONTACTS, false, "role", "role dans la structure", "role at partner"),

    PROJECT_CODE(ImportTarget.PROJECTS, true, "code", "code projet", "reference", "ref", "project code"),
    PROJECT_NAME(
            ImportTarget.PROJECTS, true, "nom", "intitule", "projet", "nom du projet", "operation", "name", "title"),
    PROJECT_COST(ImportTarget.PROJECTS, false, "cout ht", "cout total ht", "montant ht", "cout", "cost", "total cost"),
    PROJECT_ELIGIBLE(
            ImportTarget.PROJECTS, false, "depense eligible", "depenses eligibles", "assiette eligible", "eligible"),
    PROJECT_CITY_FUNDING(
            ImportTarget.PROJECTS,
            false,
            "autofinancement",
            "part ville",
            "financement ville",
            "part de la ville",
            "city funding"),
    PROJECT_OFFICER(
            ImportTarget.PROJECTS, false, "charge de projet", "charge de suivi", "referent", "responsable", "officer"),
    PROJECT_STATUS(ImportTarget.PROJECTS, false, "statut", "etat", "status", "avancement"),
    PROJECT_OPENED(ImportTarget.PROJECTS, false, "date d ouverture", "ouvert le", "date de creation", "opened"),
    PROJECT_WORKS_STARTED(
            ImportTarget.PROJECTS, false, "debut des travaux", "date de debut", "demarrage", "works started"),
    PROJECT_COMPLETED(ImportTarget.PROJECTS, false, "fin des travaux", "date de fin", "achevement", "completion"),

    COMMITMENT_PARTNER_SIRET(ImportTarget.COMMITMENTS, false, "siret", "siren", "siret du financeur"),
    COMMITMENT_PARTNER(
            ImportTarget.COMMITMENTS, false, "partenaire", "financeur", "organisme", "partner", "funder", "nom"),
    COMMITMENT_PROJECT(ImportTarget.COMMITMENTS, true, "code projet", "projet", "project", "project code"),
    COMMITMENT_TITLE(ImportTarget.COMMITMENTS, false, "intitule", "objet", "libelle", "title"),
    COMMITMENT_KIND(ImportTarget.COMMITMENTS, false, "nature", "type", "kind", "type de financement"),
    COMMITMENT_PROGRAMME(ImportTarget.COMMITMENTS, false, "programme", "dispositif", "fonds", "programme"),
    COMMITMENT_REQUESTED(ImportTarget.COMMITMENTS, true, "montant demande", "demande", "requested", "amount requested"),
    COMMITMENT_AWARDED(
            ImportTarget.COMMITMENTS, false, "montant attribue", "attribue", "accorde", "montant accorde", "awarded"),
    COMMITMENT_CASHED(
            ImportTarget.COMMITMENTS, false, "montant encaisse", "encaisse", "verse", "montant verse", "cashed"),
    COMMITMENT_ALLOCATED(
            ImportTarget.COMMITMENTS,
            false,
            "montant affecte",
            "part du projet",
            "affecte au projet",
            "allocated",
            "allocation"),
    COMMITMENT_STATUS(ImportTarget.COMMITMENTS, false, "statut", "etat", "status"),
    COMMITMENT_SUBMITTED(ImportTarget.COMMITMENTS, false, "date de depot", "depose le", "submitted"),
    COMMITMENT_NOTIFIED(
            ImportTarget.COMMITMENTS, false, "date de notification", "notifie le", "date d attribution", "notified"),
    COMMITMENT_SIGNED(ImportTarget.COMMITMENTS, false, "date de convention", "convention signee le", "signed");

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
