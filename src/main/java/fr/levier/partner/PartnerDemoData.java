package fr.levier.partner;

import fr.levier.shared.DemoSeed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 220 partners of every type: the real public institutions around Romans-sur-Isère, and
 * clearly fictional companies, banks, foundations and associations; then two near-duplicates for the
 * dedupe screen, about 400 fictional contacts with their affiliations (some with a past employer),
 * interactions over the last year, tasks for the coming weeks (some overdue) and a few segments.
 * Deterministic (fixed seeds). The first 222 partners, their names and order never change: other
 * modules' demo data refer to them.
 */
@Component
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class PartnerDemoData implements DemoSeed {

    /** Officers of the demo team, in charge of partners in turn. */
    static final List<String> OFFICERS =
            List.of("officer", "s.beaumont", "k.rahmani", "l.vidal", "t.garnier", "a.nguyen", "p.roux");

    private static final String[][] INSTITUTIONS = {
        {"Préfecture de la Drôme", "STATE", "Valence"},
        {"Sous-préfecture de Die", "STATE", "Die"},
        {"DREAL Auvergne-Rhône-Alpes", "STATE", "Lyon"},
        {"DRAC Auvergne-Rhône-Alpes", "STATE", "Lyon"},
        {"Direction départementale des territoires de la Drôme", "STATE", "Valence"},
        {"Agence nationale de la cohésion des territoires (ANCT)", "STATE", "Paris"},
        {"Ministère de la Culture", "STATE", "Paris"},
        {"Ministère des Sports", "STATE", "Paris"},
        {"Région Auvergne-Rhône-Alpes", "REGION", "Lyon"},
        {"Département de la Drôme", "DEPARTMENT", "Valence"},
        {"Département de l'Ardèche", "DEPARTMENT", "Privas"},
        {"Valence Romans Agglo", "INTERCOMMUNALITY", "Valence"},
        {"Syndicat mixte Rovaltain", "INTERCOMMUNALITY", "Alixan"},
        {"Union européenne – FEDER Auvergne-Rhône-Alpes", "EU_BODY", "Lyon"},
        {"Union européenne – FSE+", "EU_BODY", "Lyon"},
        {"GAL LEADER Drôme des collines", "EU_BODY", "Romans-sur-Isère"},
        {"Banque des Territoires", "PUBLIC_AGENCY", "Lyon"},
        {"ADEME Auvergne-Rhône-Alpes", "PUBLIC_AGENCY", "Lyon"},
        {"Agence nationale pour la rénovation urbaine (ANRU)", "PUBLIC_AGENCY", "Paris"},
        {"Agence nationale de l'habitat (ANAH)", "PUBLIC_AGENCY", "Paris"},
        {"Agence de l'eau Rhône Méditerranée Corse", "PUBLIC_AGENCY", "Lyon"},
        {"Caisse d'allocations familiales de la Drôme", "PUBLIC_AGENCY", "Valence"},
        {"Agence nationale du sport", "PUBLIC_AGENCY", "Paris"},
        {"Bpifrance Auvergne-Rhône-Alpes", "PUBLIC_AGENCY", "Lyon"},
        {"Centre national du cinéma et de l'image animée", "PUBLIC_AGENCY", "Paris"},
        {"CCI de la Drôme", "CHAMBER", "Valence"},
        {"Chambre de métiers et de l'artisanat de la Drôme", "CHAMBER", "Valence"},
        {"Chambre d'agriculture de la Drôme", "CHAMBER", "Bourg-lès-Valence"},
    };

    private static final String[] TOWNS = {
        "Romans-sur-Isère",
        "Bourg-de-Péage",
        "Valence",
        "Saint-Paul-lès-Romans",
        "Mours-Saint-Eusèbe",
        "Chatuzange-le-Goubet",
        "Génissieux",
        "Peyrins",
        "Lyon",
        "Grenoble",
        "Tain-l'Hermitage",
        "Paris"
    };
    private static final String[] COMPANY_ROOTS = {
        "Atelier",
        "Tannerie",
        "Chaussures",
        "Bâtiment",
        "Énergies",
        "Logistique",
        "Numérique",
        "Conseil",
        "Bureau d'études",
        "Imprimerie",
        "Menuiserie",
        "Transports",
        "Biscuiterie",
        "Textile",
        "Solaire"
    };
    private static final String[] COMPANY_NAMES = {
        "du Vercors",
        "de l'Isère",
        "Drôme Sud",
        "Galaxie",
        "Horizon",
        "Les Collines",
        "Pégase",
        "Rivière",
        "Cerisier",
        "Alpha",
        "Bellevue",
        "Chevalier",
        "Moulin Vert",
        "Orion",
        "Tilleul",
        "Vallée",
        "Boréal",
        "Mistral"
    };
    private static final String[] LEGAL = {"SAS", "SARL", "SA", "SCOP", "EURL"};

    private static final String[] FIRST_NAMES = {
        "Camille",
        "Julien",
        "Sophie",
        "Nicolas",
        "Claire",
        "Thomas",
        "Émilie",
        "Antoine",
        "Laure",
        "Mathieu",
        "Inès",
        "Hugo",
        "Manon",
        "Karim",
        "Léa",
        "Olivier",
        "Sarah",
        "Bruno",
        "Nadia",
        "Pierre",
        "Hélène",
        "Yann",
        "Chloé",
        "Malik",
        "Isabelle",
        "François",
        "Aurélie",
        "Rémi",
        "Agnès",
        "Gaëlle"
    };
    private static final String[] LAST_NAMES = {
        "Martin",
        "Bernard",
        "Dubois",
        "Durand",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Garcia",
        "Roux",
        "Fournier",
        "Girard",
        "Bonnet",
        "Mercier",
        "Blanc",
        "Guérin",
        "Faure",
        "Chevalier",
        "Robin",
        "Masson",
        "Sanchez",
        "Gauthier",
        "Perrin",
        "Morel",
        "Brun",
        "Arnaud",
        "Barbier",
        "Rolland",
        "Vidalou",
        "Charpentier",
        "Benali",
        "Da Silva",
        "Nguyen-Tran"
    };
    private static final String[] JOBS = {
        "Directeur général",
        "Directrice financière",
        "Chargé de mission",
        "Responsable RSE",
        "Gérant",
        "Présidente",
        "Chargée de communication",
        "Responsable des partenariats",
        "Secrétaire général",
        "Chef de service",
        "Conseiller entreprises"
    };
    private static final String[] SUBJECTS = {
        "Point d'étape sur le dossier",
        "Présentation du projet urbain",
        "Relance convention",
        "Visite du chantier",
        "Rencontre InvestInRomans",
        "Préparation du comité de financement",
        "Échange sur le mécénat",
        "Forum des entreprises",
        "Appel de suivi"
    };
    private static final String[] TASKS = {
        "Envoyer la convention signée",
        "Relancer pour le dossier de demande",
        "Préparer le rendez-vous",
        "Transmettre les justificatifs",
        "Inviter au prochain club InvestInRomans",
        "Mettre à jour la fiche partenaire",
        "Appeler pour le bilan annuel"
    };
    private static final String[] POSTCODES = {
        "26100", "26300", "26000", "26750", "26750", "26300", "26750", "26750", "69001", "38000", "26600", "75001"
    };
    private static final String[] LEVELS = {"Membre", "Partenaire", "Ambassadeur"};

    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final InteractionRepository interactions;
    private final CrmTaskRepository tasks;
    private final SegmentRepository segments;
    private final Clock clock;

    PartnerDemoData(
            PartnerRepository partners,
            ContactRepository contacts,
            AffiliationRepository affiliations,
            InteractionRepository interactions,
            CrmTaskRepository tasks,
            SegmentRepository segments,
            Clock clock) {
        this.partners = partners;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.interactions = interactions;
        this.tasks = tasks;
        this.segments = segments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void seed() {
        Random random = new Random(20140601L);
        List<Partner> all = new ArrayList<>();
        for (String[] row : INSTITUTIONS) {
            Partner p = new Partner(row[0], PartnerType.valueOf(row[1]));
            p.setTown(row[2]);
            p.setStatus(RelationshipStatus.ACTIVE);
            p.setInvestInRomans(true);
            if (row[0].startsWith("Caisse d'allocations familiales")) {
                // private law with a public-service mission: its money is not public (circulaire NOR IOCB1203166C)
                p.setPublicMoney(false);
            }
            all.add(p);
        }
        for (int i = 0; all.size() < 222; i++) {
            PartnerType type = privateType(i);
            Partner p = new Partner(privateName(type, i, random), type);
            p.setTown(TOWNS[random.nextInt(TOWNS.length)]);
            p.setStatus(status(random));
            p.setInvestInRomans(random.nextInt(100) < 70);
            all.add(p);
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setOfficerUsername(OFFICERS.get(i % OFFICERS.size()));
        }
        Random extra = new Random(26100L);
        LocalDate today = LocalDate.now(clock);
        enrich(all, extra, today);
        // two near-duplicates, so the dedupe screen has something to show
        Partner prefecture = new Partner("PREFECTURE DE LA DROME", PartnerType.STATE);
        prefecture.setTown("Valence");
        prefecture.setStatus(RelationshipStatus.ACTIVE);
        prefecture.setOfficerUsername("officer");
        all.add(prefecture);
        Partner company = all.get(30);
        Partner twin = new Partner(
                company.getName().replaceAll(" (SAS|SARL|SA|SCOP|EURL)$", "").toUpperCase() + " (S.A.R.L.)",
                PartnerType.COMPANY);
        twin.setTown(company.getTown());
        twin.setStatus(RelationshipStatus.PROSPECT);
        twin.setOfficerUsername("officer");
        all.add(twin);
        partners.saveAll(all);
        seedRelationships(all, extra, today);
    }

    /** Identity details: SIRET (valid Luhn) for private partners, legal form, address, membership. */
    private static void enrich(List<Partner> all, Random r, LocalDate today) {
        for (int i = 0; i < all.size(); i++) {
            Partner p = all.get(i);
            int townIndex = java.util.Arrays.asList(TOWNS).indexOf(p.getTown());
            p.setPostcode(townIndex >= 0 ? POSTCODES[townIndex] : null);
            p.setStreet((1 + r.nextInt(120))
                    + (r.nextBoolean() ? " avenue " : " rue ")
                    + LAST_NAMES[r.nextInt(LAST_NAMES.length)]);
            if (!p.getType().isPublicBody() || p.getType() == PartnerType.CHAMBER) {
                String siren = SiretRules.withCheckDigit(String.format("%08d", 41_000_000 + i * 7_919));
                p.setSiret(SiretRules.withCheckDigit(siren + "0001"));
                p.setNafCode(
                        new String[] {"15.20Z", "41.20B", "62.01Z", "70.22Z", "64.19Z", "94.99Z", "35.11Z"}[i % 7]);
                p.setHeadcount(3 + r.nextInt(400));
                String name = p.getName();
                p.setLegalForm(
                        switch (p.getType()) {
                            case ASSOCIATION -> "Association loi 1901";
                            case FOUNDATION -> "Fondation reconnue d'utilité publique";
                            case BANK -> "SA coopérative";
                            case CHAMBER -> "Établissement public";
                            default -> name.substring(name.lastIndexOf(' ') + 1);
                        });
            } else {
                p.setLegalForm("Personne morale de droit public");
            }
            p.setWebsite(
                    "https://www." + NameNormalizer.organisation(p.getName()).replace(' ', '-') + ".example.fr");
            p.setTags(new String[] {
                                "industrie", "numérique", "commerce", "culture", "sport", "énergie", "habitat", "emploi"
                            }
                            [r.nextInt(8)]
                    + (r.nextBoolean() ? ",centre-ville" : ""));
            if (p.isInvestInRomans()) {
                p.setMemberSince(today.minusDays(90 + r.nextInt(3000)));
                p.setMemberLevel(LEVELS[r.nextInt(LEVELS.length)]);
                p.setMemberFee(BigDecimal.valueOf(250L * (1 + r.nextInt(8))).setScale(2));
            }
        }
    }

    private void seedRelationships(List<Partner> all, Random r, LocalDate today) {
        List<Contact> people = new ArrayList<>();
        List<Affiliation> links = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        for (int i = 0; people.size() < 400; i++) {
            Partner p = all.get(i % 222);
            String first = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)];
            String last = LAST_NAMES[r.nextInt(LAST_NAMES.length)];
            String email = NameNormalizer.simplify(first).replace(' ', '-') + "."
                    + NameNormalizer.simplify(last).replace(' ', '-') + "@"
                    + NameNormalizer.organisation(p.getName()).replace(' ', '-') + ".example.fr";
            if (!emails.add(email)) {
                continue;
            }
            ConsentStatus consent = r.nextInt(100) < 60
                    ? ConsentStatus.GRANTED
                    : r.nextInt(100) < 70 ? ConsentStatus.UNKNOWN : ConsentStatus.WITHDRAWN;
            ContactDraft d = new ContactDraft(
                    first.endsWith("e") || first.endsWith("a") || first.equals("Inès") || first.equals("Agnès")
                            ? Civility.MME
                            : Civility.M,
                    first,
                    last,
                    JOBS[r.nextInt(JOBS.length)],
                    email,
                    null,
                    "04 75 " + String.format("%02d %02d %02d", r.nextInt(100), r.nextInt(100), r.nextInt(100)),
                    r.nextBoolean()
                            ? "06 "
                                    + String.format(
                                            "%02d %02d %02d %02d",
                                            r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100))
                            : null,
                    r.nextInt(20) == 0 ? "en" : "fr",
                    consent,
                    consent == ConsentStatus.UNKNOWN ? null : today.minusDays(r.nextInt(700)),
                    consent == ConsentStatus.UNKNOWN
                            ? null
                            : r.nextBoolean() ? "Club InvestInRomans" : "Formulaire du site",
                    consent == ConsentStatus.GRANTED ? LegalBasis.CONSENT : LegalBasis.LEGITIMATE_INTEREST,
                    r.nextInt(40) == 0,
                    null);
            Contact c = new Contact(d);
            people.add(c);
            LocalDate start = today.minusDays(60 + r.nextInt(2500));
            if (i % 10 == 3) {
                // changed employer: the past affiliation stays in the history
                Partner former = all.get((i * 7 + 11) % 222);
                Affiliation past = new Affiliation(
                        c, former, JOBS[r.nextInt(JOBS.length)], start.minusDays(400 + r.nextInt(1500)));
                past.setEndDate(start.minusDays(1));
                links.add(past);
            }
            links.add(new Affiliation(c, p, d.jobTitle(), start));
        }
        contacts.saveAll(people);
        affiliations.saveAll(links);
        List<Interaction> exchanges = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Affiliation link = links.get(r.nextInt(links.size()));
            if (link.getEndDate() != null) {
                continue;
            }
            Interaction x = new Interaction(link.getPartner());
            x.apply(new InteractionDraft(
                    link.getPartner().getId(),
                    InteractionKind.values()[r.nextInt(InteractionKind.values().length)],
                    today.minusDays(r.nextInt(365)),
                    SUBJECTS[r.nextInt(SUBJECTS.length)],
                    "Compte rendu : points abordés, prochaines étapes convenues avec le partenaire.",
                    Set.of(link.getContact().getId()),
                    List.of(OFFICERS.get(r.nextInt(OFFICERS.size()))),
                    null,
                    null));
            exchanges.add(x);
        }
        interactions.saveAll(exchanges);
        List<CrmTask> todo = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            Partner p = all.get(r.nextInt(222));
            String assignee = i % 4 == 0 ? "officer" : OFFICERS.get(r.nextInt(OFFICERS.size()));
            CrmTask t = new CrmTask(TASKS[r.nextInt(TASKS.length)], assignee);
            boolean done = r.nextInt(100) < 30;
            t.apply(
                    new TaskDraft(
                            TASKS[r.nextInt(TASKS.length)],
                            today.plusDays(r.nextInt(60) - 15),
                            assignee,
                            p.getId(),
                            null,
                            null,
                            done),
                    p,
                    null);
            todo.add(t);
        }
        tasks.saveAll(todo);
        segments.save(new Segment(new SegmentDraft(
                "Entreprises InvestInRomans (consentement)",
                new SegmentCriteria(PartnerType.COMPANY, null, null, null, null, true, true))));
        segments.save(new Segment(new SegmentDraft(
                "Partenaires actifs",
                new SegmentCriteria(null, RelationshipStatus.ACTIVE, null, null, null, false, false))));
        segments.save(new Segment(new SegmentDraft(
                "Acteurs du numérique", new SegmentCriteria(null, null, null, null, "numérique", false, true))));
        segments.save(new Segment(new SegmentDraft(
                "Partenaires à Romans-sur-Isère",
                new SegmentCriteria(null, null, null, "Romans-sur-Isère", null, false, false))));
    }

    private static PartnerType privateType(int i) {
        return switch (i % 10) {
            case 0, 1, 2, 3, 4, 5 -> PartnerType.COMPANY;
            case 6 -> PartnerType.BANK;
            case 7 -> PartnerType.FOUNDATION;
            default -> PartnerType.ASSOCIATION;
        };
    }

    private static String privateName(PartnerType type, int i, Random random) {
        String name = COMPANY_NAMES[random.nextInt(COMPANY_NAMES.length)];
        return switch (type) {
            case BANK -> "Banque fictive " + name + " (agence " + (i % 7 + 1) + ")";
            case FOUNDATION -> "Fondation " + name + " " + (i / 10 + 1);
            case ASSOCIATION -> "Association " + name + " " + (i / 10 + 1);
            default ->
                COMPANY_ROOTS[random.nextInt(COMPANY_ROOTS.length)] + " " + name + " " + (i + 1) + " "
                        + LEGAL[i % LEGAL.length];
        };
    }

    private static RelationshipStatus status(Random random) {
        int r = random.nextInt(100);
        return r < 65
                ? RelationshipStatus.ACTIVE
                : r < 80
                        ? RelationshipStatus.PROSPECT
                        : r < 94 ? RelationshipStatus.DORMANT : RelationshipStatus.FORMER;
    }
}
