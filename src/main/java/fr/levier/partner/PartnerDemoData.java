package fr.levier.partner;

import fr.levier.shared.DemoSeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 220 partners of every type: the real public institutions around Romans-sur-Isère, and
 * clearly fictional companies, banks, foundations and associations. Deterministic (fixed seed).
 */
@Component
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class PartnerDemoData implements DemoSeed {

    /** Officers of the demo team, in charge of partners in turn. */
    static final List<String> OFFICERS = List.of("officer", "s.beaumont", "k.rahmani", "l.vidal", "t.garnier", "a.nguyen", "p.roux");

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

    private static final String[] TOWNS = {"Romans-sur-Isère", "Bourg-de-Péage", "Valence", "Saint-Paul-lès-Romans",
        "Mours-Saint-Eusèbe", "Chatuzange-le-Goubet", "Génissieux", "Peyrins", "Lyon", "Grenoble", "Tain-l'Hermitage", "Paris"};
    private static final String[] COMPANY_ROOTS = {"Atelier", "Tannerie", "Chaussures", "Bâtiment", "Énergies", "Logistique",
        "Numérique", "Conseil", "Bureau d'études", "Imprimerie", "Menuiserie", "Transports", "Biscuiterie", "Textile", "Solaire"};
    private static final String[] COMPANY_NAMES = {"du Vercors", "de l'Isère", "Drôme Sud", "Galaxie", "Horizon", "Les Collines",
        "Pégase", "Rivière", "Cerisier", "Alpha", "Bellevue", "Chevalier", "Moulin Vert", "Orion", "Tilleul", "Vallée", "Boréal", "Mistral"};
    private static final String[] LEGAL = {"SAS", "SARL", "SA", "SCOP", "EURL"};

    private final PartnerRepository partners;

    PartnerDemoData(PartnerRepository partners) {
        this.partners = partners;
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
        partners.saveAll(all);
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
            default -> COMPANY_ROOTS[random.nextInt(COMPANY_ROOTS.length)] + " " + name + " " + (i + 1) + " " + LEGAL[i % LEGAL.length];
        };
    }

    private static RelationshipStatus status(Random random) {
        int r = random.nextInt(100);
        return r < 65 ? RelationshipStatus.ACTIVE : r < 80 ? RelationshipStatus.PROSPECT : r < 94 ? RelationshipStatus.DORMANT : RelationshipStatus.FORMER;
    }
}
