package fr.levier.project;

import fr.levier.shared.DemoSeed;
import fr.levier.shared.DossierDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 60 projects worth about 200 M€: 40 city-owned operations with a financing plan (codes
 * PRJ-001 to PRJ-040, funded by the funding module's demo data) and 20 large structuring projects,
 * several led by other bodies. Special cases: PRJ-007 carries an exemption from the 20 % floor,
 * PRJ-012 has the city as lead body (30 % floor). Dates are relative to the application clock.
 * Deterministic (fixed seed).
 */
@Component
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class ProjectDemoData implements DemoSeed {

    static final List<String> OFFICERS =
            List.of("officer", "s.beaumont", "k.rahmani", "l.vidal", "t.garnier", "a.nguyen", "p.roux");

    private static final String[] FUNDED = {
        "Rénovation énergétique de l'école Jean-Jaurès",
        "Rénovation énergétique de l'école Pierre-Curie",
        "Rénovation énergétique de l'école Saint-Nicolas",
        "Réfection de la toiture du gymnase Guillaume",
        "Végétalisation de la cour de l'école Jules-Ferry",
        "Création d'une piste cyclable quai Chopin",
        "Restauration de la collégiale Saint-Barnard",
        "Médiathèque : mise en accessibilité",
        "Éclairage public LED – tranche 3",
        "Aménagement des berges de l'Isère",
        "Maison de santé pluriprofessionnelle des Ors",
        "Musée international de la Chaussure : nouvelle scénographie",
        "Réhabilitation du centre social Saint-Nicolas",
        "Jardins partagés de la Monnaie",
        "Requalification de la place Jacquemart",
        "Halles de Romans : rénovation",
        "Terrain synthétique du stade Guillaume",
        "Vidéoprotection du centre ancien",
        "Résidence d'artistes de la Cité de la musique",
        "Rénovation de la salle Pierre-Mendès-France",
        "Chaufferie bois du quartier de la Monnaie",
        "Ombrières photovoltaïques du parking Jules-Nadi",
        "Tiers-lieu numérique de la Presle",
        "Micro-folie au musée",
        "Rénovation du conservatoire",
        "Crèche municipale des Balmes",
        "Réseau de chaleur – extension nord",
        "Parcours patrimoine du centre historique",
        "Skatepark des Récollets",
        "Maison France Services",
        "Désimperméabilisation de la rue Mathieu-de-la-Drôme",
        "Rénovation des vestiaires du stade Saint-Just",
        "Accueil de loisirs des Chasses",
        "Aire de jeux inclusive du parc François-Mitterrand",
        "Restauration du pont Vieux",
        "Atelier de fabrication numérique (FabLab)",
        "Rénovation du théâtre municipal",
        "Boucle verte des collines",
        "Halte-garderie de la gare",
        "Marché couvert : rénovation des étals",
    };

    private static final String[] STRUCTURING = {
        "Écoquartier des Balmes (ZAC)", "Pôle d'échanges multimodal de la gare",
                "Renouvellement urbain de la Monnaie (NPNRU)",
        "Parc d'activités de la Maladière – extension", "Cité de la Chaussure : pôle d'innovation",
                "Campus des métiers du cuir",
        "Centre aquatique intercommunal", "Rénovation du centre ancien (Action cœur de ville)",
                "Hôtel d'entreprises de la tannerie Roux",
        "Friche Jourdan : reconversion", "Village des marques : requalification", "Base de loisirs de l'Isère",
        "Nouveau groupe scolaire des Ors", "Usine de méthanisation de l'agglomération",
                "Gendarmerie de Romans : relogement",
        "Résidence seniors du Champ-de-Mars", "Data center régional Rovaltain–Romans",
                "Ligne de bus à haut niveau de service",
        "Cité administrative de Romans", "Parc photovoltaïque des Chirouzes",
    };

    private final ProjectRepository projects;
    private final ProjectMilestoneRepository milestones;
    private final Clock clock;

    ProjectDemoData(ProjectRepository projects, ProjectMilestoneRepository milestones, Clock clock) {
        this.projects = projects;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional
    public void seed() {
        Random random = new Random(2618L);
        LocalDate today = LocalDate.now(clock);
        List<Project> all = new ArrayList<>();
        for (int i = 0; i < FUNDED.length; i++) {
            String code = String.format("PRJ-%03d", i + 1);
            BigDecimal cost = money(150_000 + random.nextInt(650_000));
            BigDecimal cityShare = BigDecimal.valueOf(0.12 + random.nextDouble() * 0.05);
            ProjectStatus status = i < 6
                    ? ProjectStatus.COMPLETED
                    : i < 22 ? ProjectStatus.IN_PROGRESS : i < 32 ? ProjectStatus.APPROVED : ProjectStatus.INSTRUCTING;
            Project p = new Project(code, FUNDED[i]);
            String exemption = i == 6
                    ? "CGCT L1111-10 III : restauration d'un monument historique classé (participation minimale non exigée)"
                    : null;
            LocalDate opened = today.minusDays(200 + random.nextInt(900));
            LocalDate submitted = opened.plusDays(20 + random.nextInt(60));
            LocalDate decided =
                    status == ProjectStatus.INSTRUCTING ? null : submitted.plusDays(40 + random.nextInt(120));
            LocalDate started = status == ProjectStatus.IN_PROGRESS || status == ProjectStatus.COMPLETED
                    ? decided.plusDays(60 + random.nextInt(200))
                    : null;
            LocalDate completed =
                    status == ProjectStatus.COMPLETED ? started.plusDays(200 + random.nextInt(200)) : null;
            if (completed != null && completed.isAfter(today)) {
                completed = today.minusDays(10);
            }
            if (started != null && started.isAfter(today)) {
                started = today.minusDays(5);
            }
            p.apply(ProjectInput.builder()
                    .code(code)
                    .name(FUNDED[i])
                    .description(description(FUNDED[i]))
                    .officerUsername(OFFICERS.get(i % OFFICERS.size()))
                    .status(status)
                    .totalCostExclTax(cost)
                    .totalCostInclTax(cost.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP))
                    .eligibleExpense(cost.multiply(new BigDecimal("0.95")).setScale(2, RoundingMode.HALF_UP))
                    .cityFunding(cost.multiply(cityShare).setScale(2, RoundingMode.HALF_UP))
                    .cityOwner(true)
                    .leadBody(i == 11)
                    .floorExemption(exemption)
                    .dates(new DossierDates(
                            opened,
                            submitted,
                            decided == null ? null : submitted.plusDays(15),
                            decided,
                            decided == null ? null : decided.plusDays(10),
                            decided == null ? null : decided.plusDays(30),
                            started,
                            completed))
                    .build());
            all.add(p);
        }
        for (int i = 0; i < STRUCTURING.length; i++) {
            String code = String.format("PRJ-%03d", FUNDED.length + i + 1);
            BigDecimal cost = money(4_000_000 + random.nextInt(10_000_000));
            boolean owned = i % 3 == 1;
            ProjectStatus status = i % 4 == 0
                    ? ProjectStatus.IDEA
                    : i % 4 == 1
                            ? ProjectStatus.STUDY
                            : i % 4 == 2
                                    ? ProjectStatus.INSTRUCTING
                                    : i == 19 ? ProjectStatus.ABANDONED : ProjectStatus.STUDY;
            Project p = new Project(code, STRUCTURING[i]);
            LocalDate opened = today.minusDays(30 + random.nextInt(600));
            p.apply(ProjectInput.builder()
                    .code(code)
                    .name(STRUCTURING[i])
                    .description(description(STRUCTURING[i]))
                    .officerUsername(OFFICERS.get((i + 3) % OFFICERS.size()))
                    .status(status)
                    .totalCostExclTax(cost)
                    .totalCostInclTax(cost.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP))
                    .cityFunding(
                            owned
                                    ? cost.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP)
                                    : BigDecimal.ZERO.setScale(2))
                    .cityOwner(owned)
                    .leadBody(false)
                    .dates(new DossierDates(opened, null, null, null, null, null, null, null))
                    .build());
            all.add(p);
        }
        projects.saveAll(all);
        projects.flush();
        List<ProjectMilestone> ms = new ArrayList<>();
        for (Project p : all.subList(0, FUNDED.length)) {
            var d = p.toDetails().dates();
            if (d.worksStartedOn() != null) {
                ms.add(new ProjectMilestone(
                        p.getId(),
                        "Ordre de service des travaux",
                        d.worksStartedOn().minusDays(7),
                        d.worksStartedOn().minusDays(7)));
                ms.add(new ProjectMilestone(
                        p.getId(),
                        "Réception des travaux",
                        d.worksStartedOn().plusDays(300),
                        d.completionDeclaredOn()));
            } else {
                ms.add(new ProjectMilestone(
                        p.getId(), "Consultation des entreprises", today.plusDays(30 + random.nextInt(120)), null));
            }
        }
        milestones.saveAll(ms);
    }

    private static String description(String name) {
        return name
                + " – opération inscrite au plan pluriannuel d'investissement de la ville (données de démonstration).";
    }

    private static BigDecimal money(long euros) {
        return BigDecimal.valueOf(euros / 1000 * 1000L).setScale(2);
    }
}
