package fr.levier.funding;

import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.DemoSeed;
import fr.levier.shared.DossierDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 300 commitments from the demo partners on the demo projects, sized from each project's city
 * money so that the portfolio's leverage comes out near 5 (computed by the screens, never stored).
 * Cases for every rule: PRJ-019 breaks the 20 % floor, PRJ-007 is exempt, PRJ-012 is lead body (30 %),
 * State grants near and past their lapse dates (PRJ-023 to PRJ-027, PRJ-008, PRJ-009; PRJ-027 with the
 * extension), one DSIL grant split across three school projects, partial claims on projects in
 * progress, and two mécénats with counterparts (one within 25 %, one above: parrainage warning).
 */
@Component
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class FundingDemoData implements DemoSeed {

    private record Source(PartnerSummary partner, String programme, CommitmentKind kind, String label) {}

    private final CommitmentRepository commitments;
    private final AllocationRepository allocations;
    private final PaymentClaimRepository claims;
    private final FundingProgrammeRepository programmes;
    private final PartnerService partners;
    private final ProjectService projects;
    private final MoneyTotals totals;
    private final Clock clock;
    private Map<String, Long> programmeIds;
    private PartnerSummary prefecture;
    private Random random;
    private LocalDate today;

    FundingDemoData(
            CommitmentRepository commitments,
            AllocationRepository allocations,
            PaymentClaimRepository claims,
            FundingProgrammeRepository programmes,
            PartnerService partners,
            ProjectService projects,
            MoneyTotals totals,
            Clock clock) {
        this.totals = totals;
        this.commitments = commitments;
        this.allocations = allocations;
        this.claims = claims;
        this.programmes = programmes;
        this.partners = partners;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void seed() {
        DemoSeed.runAsSystem(this::seedAll);
    }

    private void seedAll() {
        random = new Random(20180628L);
        today = LocalDate.now(clock);
        programmeIds = programmes.findAll().stream()
                .collect(Collectors.toMap(FundingProgramme::getCode, FundingProgramme::getId));
        List<PartnerSummary> all = partners.find(PartnerFilter.ALL, PageRequest.of(0, 5000, Sort.by("name")))
                .getContent();
        if (all.isEmpty()) {
            return;
        }
        prefecture = named(all, "Préfecture de la Drôme", PartnerType.STATE);
        PartnerSummary region = named(all, "Région Auvergne-Rhône-Alpes", PartnerType.REGION);
        PartnerSummary department = named(all, "Département de la Drôme", PartnerType.DEPARTMENT);
        PartnerSummary agglo = named(all, "Valence Romans Agglo", PartnerType.INTERCOMMUNALITY);
        PartnerSummary feder = named(all, "FEDER", PartnerType.EU_BODY);
        PartnerSummary bdt = named(all, "Banque des Territoires", PartnerType.PUBLIC_AGENCY);
        PartnerSummary ademe = named(all, "ADEME", PartnerType.PUBLIC_AGENCY);
        PartnerSummary water = named(all, "Agence de l'eau", PartnerType.PUBLIC_AGENCY);
        PartnerSummary caf = named(all, "Caisse d'allocations familiales", PartnerType.PUBLIC_AGENCY);
        List<Source> publicSources = List.of(
                new Source(prefecture, "DSIL", CommitmentKind.GRANT, "DSIL"),
                new Source(region, "REGION", CommitmentKind.GRANT, "Région – Bonus relance"),
                new Source(department, "DEPARTEMENT", CommitmentKind.GRANT, "Département – aide aux communes"),
                new Source(prefecture, "DETR", CommitmentKind.GRANT, "DETR"),
                new Source(feder, "FEDER", CommitmentKind.GRANT, "FEDER"),
                new Source(prefecture, "FONDS-VERT", CommitmentKind.GRANT, "Fonds vert"),
                new Source(agglo, "AUTRE", CommitmentKind.GRANT, "Fonds de concours de l'agglomération"),
                new Source(ademe, "AUTRE", CommitmentKind.GRANT, "ADEME – Fonds chaleur"),
                new Source(water, "AUTRE", CommitmentKind.GRANT, "Agence de l'eau – désimperméabilisation"),
                new Source(caf, "AUTRE", CommitmentKind.GRANT, "CAF – investissement petite enfance"));
        List<PartnerSummary> companies = ofType(all, PartnerType.COMPANY);
        List<PartnerSummary> foundations = ofType(all, PartnerType.FOUNDATION);
        List<PartnerSummary> associations = ofType(all, PartnerType.ASSOCIATION);
        List<PartnerSummary> banks = ofType(all, PartnerType.BANK);

        List<ProjectSummary> list = projects.find(ProjectFilter.ALL, PageRequest.of(0, 500, Sort.by("code")))
                .getContent();
        Map<String, ProjectDetails> byCode = list.stream()
                .map(p -> projects.get(p.id()).orElseThrow())
                .collect(Collectors.toMap(ProjectDetails::code, Function.identity()));

        // one DSIL grant split across three school projects
        List<ProjectDetails> schools = List.of("PRJ-001", "PRJ-002", "PRJ-003").stream()
                .map(byCode::get)
                .filter(p -> p != null)
                .toList();
        Map<Long, BigDecimal> schoolShares = new java.util.LinkedHashMap<>();
        for (ProjectDetails s : schools) {
            schoolShares.put(s.id(), round(s.cityFunding().multiply(new BigDecimal("1.4"))));
        }
        if (schools.size() == 3) {
            BigDecimal total = schoolShares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            Commitment plan = commitment(
                    prefecture,
                    "DSIL",
                    CommitmentKind.GRANT,
                    "DSIL " + (today.getYear() - 3) + " – Plan de rénovation des écoles",
                    total,
                    total,
                    CommitmentStatus.PAID,
                    schools.getFirst(),
                    null);
            schoolShares.forEach(
                    (projectId, amount) -> allocations.save(new Allocation(plan.getId(), projectId, amount)));
            claimsFor(plan, total, CommitmentStatus.PAID);
        }

        for (int i = 1; i <= 40; i++) {
            ProjectDetails p = byCode.get(String.format("PRJ-%03d", i));
            if (p == null) {
                continue;
            }
            BigDecimal city = p.cityFunding();
            BigDecimal partnerTotal = p.totalCostExclTax().subtract(city);
            double mult = i == 7
                    ? 6.0
                    : i == 19 ? 5.2 : i == 12 ? 0.3 + random.nextDouble() * 0.1 : 3.1 + random.nextDouble() * 0.8;
            BigDecimal publicTotal =
                    round(city.multiply(BigDecimal.valueOf(mult))).min(partnerTotal);
            BigDecimal already = schoolShares.getOrDefault(p.id(), BigDecimal.ZERO);
            BigDecimal privateTotal = partnerTotal.subtract(publicTotal);
            int nPublic = 2 + random.nextInt(4);
            List<BigDecimal> publicParts = split(publicTotal.subtract(already), nPublic);
            for (int k = 0; k < publicParts.size(); k++) {
                Source s = publicSources.get((i + k * 3) % publicSources.size());
                CommitmentStatus st = statusFor(p.status());
                grant(p, s, publicParts.get(k), st, i, k);
            }
            if (privateTotal.signum() > 0) {
                int nPrivate = 1 + random.nextInt(3);
                List<BigDecimal> parts = split(privateTotal, nPrivate);
                for (int k = 0; k < parts.size(); k++) {
                    CommitmentKind kind =
                            switch ((i + k) % 5) {
                                case 0, 1 -> CommitmentKind.MECENAT;
                                case 2 -> CommitmentKind.SPONSORSHIP;
                                case 3 -> CommitmentKind.PPP;
                                default -> CommitmentKind.IN_KIND;
                            };
                    PartnerSummary sponsor =
                            switch (kind) {
                                case MECENAT -> k % 2 == 0 ? pick(companies) : pick(foundations);
                                case IN_KIND -> pick(associations.isEmpty() ? companies : associations);
                                default -> pick(companies);
                            };
                    if (sponsor == null) {
                        continue;
                    }
                    CommitmentStatus st = statusFor(p.status());
                    BigDecimal counterpart = null;
                    String counterpartText = null;
                    if (kind == CommitmentKind.SPONSORSHIP) {
                        counterpart = round(parts.get(k).multiply(new BigDecimal("0.40")));
                        counterpartText = "Naming de l'équipement et visibilité sur les supports de communication";
                    } else if (kind == CommitmentKind.MECENAT && (i == 16 || i == 15)) {
                        st = CommitmentStatus.PARTIALLY_PAID;
                        counterpart = round(parts.get(k).multiply(new BigDecimal(i == 16 ? "0.10" : "0.35")));
                        counterpartText = i == 16
                                ? "Logo sur le panneau de chantier, visite privée pour les salariés"
                                : "Privatisation du lieu deux soirs par an, 40 invitations, logo sur tous les supports";
                    }
                    Commitment c = commitment(
                            sponsor,
                            null,
                            kind,
                            label(kind) + " – " + p.name(),
                            parts.get(k),
                            awarded(parts.get(k), st),
                            st,
                            p,
                            null);
                    c.apply(CommitmentInput.builder()
                            .partnerId(c.getPartnerId())
                            .title(c.getTitle())
                            .kind(kind)
                            .amountRequested(c.getAmountRequested())
                            .amountAwarded(c.getAmountAwarded())
                            .counterpartValue(counterpart)
                            .counterpartDescription(counterpartText)
                            .dates(c.dates())
                            .extensionGranted(false)
                            .build());
                    allocations.save(new Allocation(c.getId(), p.id(), c.allocationBase()));
                    claimsFor(c, c.getAmountAwarded(), st);
                }
            }
            if (i % 8 == 4 && bdt != null) {
                BigDecimal loan = round(p.totalCostExclTax().multiply(new BigDecimal("0.10")));
                Commitment c = commitment(
                        bdt,
                        null,
                        CommitmentKind.LOAN,
                        "Prêt Banque des Territoires – " + p.name(),
                        loan,
                        awarded(loan, statusFor(p.status())),
                        statusFor(p.status()),
                        p,
                        null);
                allocations.save(new Allocation(c.getId(), p.id(), c.allocationBase()));
            }
        }

        // an ANRU-funded operation: the urban renewal exemption from the floor applies automatically (loi 2003-710)
        PartnerSummary anru = named(all, "(ANRU)", PartnerType.PUBLIC_AGENCY);
        ProjectDetails renewal = byCode.get("PRJ-013");
        if (renewal != null) {
            BigDecimal amount = round(renewal.cityFunding().multiply(new BigDecimal("1.5")));
            CommitmentStatus st = statusFor(renewal.status());
            Commitment c = commitment(
                    anru,
                    "ANRU",
                    CommitmentKind.GRANT,
                    "ANRU – NPNRU quartier Saint-Nicolas – " + renewal.name(),
                    amount,
                    awarded(amount, st),
                    st,
                    renewal,
                    null);
            allocations.save(new Allocation(c.getId(), renewal.id(), c.allocationBase()));
        }

        // funding being sought for the large structuring projects: opportunities and requests
        for (int i = 41; i <= 60; i++) {
            ProjectDetails p = byCode.get(String.format("PRJ-%03d", i));
            if (p == null || p.status() == ProjectStatus.ABANDONED) {
                continue;
            }
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                Source s = publicSources.get((i + k) % publicSources.size());
                BigDecimal amount =
                        round(p.totalCostExclTax().multiply(BigDecimal.valueOf(0.03 + random.nextDouble() * 0.07)));
                CommitmentStatus st = k == 0
                        ? CommitmentStatus.IDENTIFIED
                        : random.nextBoolean() ? CommitmentStatus.REQUESTED : CommitmentStatus.COMPLETE;
                Commitment c = commitment(
                        s.partner(), s.programme(), s.kind(), s.label() + " – " + p.name(), amount, null, st, p, null);
                allocations.save(new Allocation(c.getId(), p.id(), amount));
            }
            if (i % 5 == 0 && !banks.isEmpty()) {
                Commitment c = commitment(
                        pick(banks),
                        null,
                        CommitmentKind.PPP,
                        "Partenariat bancaire – " + p.name(),
                        round(p.totalCostExclTax().multiply(new BigDecimal("0.05"))),
                        null,
                        CommitmentStatus.IDENTIFIED,
                        p,
                        null);
                allocations.save(new Allocation(c.getId(), p.id(), c.getAmountRequested()));
            }
        }
        commitments.flush();
    }

    private void grant(ProjectDetails p, Source s, BigDecimal amount, CommitmentStatus st, int i, int k) {
        if (amount.signum() <= 0 || s.partner() == null) {
            return;
        }
        if ((i == 7 || i == 19) && st.isDead()) {
            st = CommitmentStatus.CONVENTION_SIGNED;
        }
        if (i % 11 == 5 && k == 1 && p.status() == ProjectStatus.INSTRUCTING) {
            st = CommitmentStatus.REFUSED;
        }
        LocalDate notifiedOverride = null;
        boolean extension = false;
        LocalDate startedOverride = null;
        if (k == 0 && (i >= 23 && i <= 27 || i == 8 || i == 9)) {
            // State grants close to (or past) their lapse deadlines
            s = new Source(prefecture, "DSIL", CommitmentKind.GRANT, "DSIL");
            if (i == 8 || i == 9) {
                // works started almost 4 years ago: completion due (PRJ-009) or overdue (PRJ-008)
                st = CommitmentStatus.PARTIALLY_PAID;
                startedOverride = i == 8
                        ? today.minusYears(4).minusDays(10)
                        : today.minusYears(4).plusDays(60);
                notifiedOverride = startedOverride.minusDays(200);
            } else {
                // works not started: start deadline two years after notification (three with the extension)
                st = CommitmentStatus.CONVENTION_SIGNED;
                int daysLeft =
                        switch (i) {
                            case 23 -> 20;
                            case 24 -> 45;
                            case 25 -> 75;
                            case 26 -> -15;
                            default -> 325;
                        };
                extension = i == 27;
                notifiedOverride = today.plusDays(daysLeft).minusYears(extension ? 3 : 2);
            }
        }
        Commitment c = commitment(
                s.partner(),
                s.programme(),
                s.kind(),
                s.label() + " " + (today.getYear() - 1 - (i % 3)) + " – " + p.name(),
                amount,
                awarded(amount, st),
                st,
                p,
                notifiedOverride);
        if (notifiedOverride != null) {
            var d = c.dates();
            c.apply(CommitmentInput.builder()
                    .partnerId(c.getPartnerId())
                    .programmeId(c.getProgrammeId())
                    .title(c.getTitle())
                    .kind(c.getKind())
                    .amountRequested(c.getAmountRequested())
                    .amountAwarded(c.getAmountAwarded())
                    .dates(new DossierDates(
                            d.openedOn(),
                            d.submittedOn(),
                            d.completeOn(),
                            d.decidedOn(),
                            d.notifiedOn(),
                            d.conventionSignedOn(),
                            startedOverride,
                            null))
                    .extensionGranted(extension)
                    .notes("Cas de démonstration : échéance de caducité")
                    .build());
        }
        allocations.save(new Allocation(c.getId(), p.id(), c.allocationBase()));
        claimsFor(c, c.getAmountAwarded(), st);
    }

    private Commitment commitment(
            PartnerSummary partner,
            String programme,
            CommitmentKind kind,
            String title,
            BigDecimal requested,
            BigDecimal awarded,
            CommitmentStatus status,
            ProjectDetails project,
            LocalDate notifiedOverride) {
        DossierDates pd = project.dates();
        LocalDate opened = notifiedOverride != null
                ? notifiedOverride.minusDays(180)
                : pd.openedOn() == null ? today.minusDays(120) : pd.openedOn().plusDays(random.nextInt(20));
        LocalDate submitted = status == CommitmentStatus.IDENTIFIED ? null : opened.plusDays(15 + random.nextInt(45));
        LocalDate complete = submitted == null || status == CommitmentStatus.REQUESTED
                ? null
                : submitted.plusDays(10 + random.nextInt(40));
        boolean decided = status.isAwarded() || status == CommitmentStatus.REFUSED;
        LocalDate decidedOn =
                decided ? (complete == null ? submitted : complete).plusDays(20 + random.nextInt(90)) : null;
        LocalDate notified =
                status.isAwarded() ? (notifiedOverride != null ? notifiedOverride : decidedOn.plusDays(7)) : null;
        if (notifiedOverride == null && status.isAwarded() && pd.worksStartedOn() == null) {
            // awarded for a project whose works have not started: a recent notification, the start deadline still ahead
            notified = today.minusDays(20 + random.nextInt(200));
            decidedOn = notified.minusDays(7);
        }
        if (notified != null && decidedOn != null && decidedOn.isAfter(notified)) {
            decidedOn = notified.minusDays(7);
        }
        if (decidedOn != null && decidedOn.isAfter(today)) {
            decidedOn = today.minusDays(3);
            if (notified != null && notified.isAfter(today)) {
                notified = today.minusDays(1);
            }
        }
        LocalDate signed = status.isSigned() && notified != null ? notified.plusDays(30) : null;
        if (signed != null && signed.isAfter(today)) {
            signed = today;
        }
        LocalDate started = notifiedOverride != null ? null : status.isAwarded() ? pd.worksStartedOn() : null;
        LocalDate completed = status.isAwarded() ? pd.completionDeclaredOn() : null;
        Commitment c = new Commitment(CommitmentInput.builder()
                .partnerId(partner.id())
                .programmeId(programme == null ? null : programmeIds.get(programme))
                .title(title)
                .kind(kind)
                .amountRequested(requested)
                .amountAwarded(awarded)
                .dates(new DossierDates(opened, submitted, complete, decidedOn, notified, signed, started, completed))
                .extensionGranted(false)
                .build());
        c.setStatus(status);
        return commitments.save(c);
    }

    private void claimsFor(Commitment c, BigDecimal award, CommitmentStatus st) {
        if (award == null || !st.isSigned()) {
            return;
        }
        LocalDate base = c.dates().conventionSignedOn() == null
                ? today.minusDays(200)
                : c.dates().conventionSignedOn();
        BigDecimal advance = award.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.FLOOR);
        BigDecimal interim = award.multiply(new BigDecimal("0.50")).setScale(2, RoundingMode.FLOOR);
        switch (st) {
            case CONVENTION_SIGNED -> {
                if (random.nextInt(3) == 0) {
                    claim(
                            c,
                            ClaimType.ADVANCE,
                            advance,
                            base.plusDays(20),
                            null,
                            EnumSet.of(SupportingDocument.START_CERTIFICATE, SupportingDocument.BANK_DETAILS));
                }
            }
            case PARTIALLY_PAID -> {
                claim(
                        c,
                        ClaimType.ADVANCE,
                        advance,
                        base.plusDays(20),
                        advance,
                        EnumSet.of(SupportingDocument.START_CERTIFICATE, SupportingDocument.BANK_DETAILS));
                if (random.nextBoolean()) {
                    claim(
                            c,
                            ClaimType.INTERIM,
                            interim,
                            base.plusDays(120),
                            random.nextBoolean() ? interim : null,
                            EnumSet.of(SupportingDocument.STATEMENT_OF_EXPENSES, SupportingDocument.INVOICES));
                }
            }
            case PAID, CLOSED -> {
                claim(
                        c,
                        ClaimType.ADVANCE,
                        advance,
                        base.plusDays(20),
                        advance,
                        EnumSet.of(SupportingDocument.START_CERTIFICATE, SupportingDocument.BANK_DETAILS));
                claim(
                        c,
                        ClaimType.INTERIM,
                        interim,
                        base.plusDays(120),
                        interim,
                        EnumSet.of(SupportingDocument.STATEMENT_OF_EXPENSES, SupportingDocument.INVOICES));
                BigDecimal fin = award.subtract(advance).subtract(interim);
                claim(c, ClaimType.FINAL, fin, base.plusDays(250), fin, EnumSet.allOf(SupportingDocument.class));
            }
            default -> {}
        }
    }

    private void claim(
            Commitment c,
            ClaimType type,
            BigDecimal amount,
            LocalDate sent,
            BigDecimal cashed,
            Set<SupportingDocument> docs) {
        LocalDate sentOn = sent.isAfter(today) ? today.minusDays(2) : sent;
        PaymentClaim k = new PaymentClaim(c.getId());
        k.apply(new ClaimInput(type, amount, sentOn, ClaimStatus.SENT, docs));
        if (cashed != null) {
            LocalDate on = sentOn.plusDays(45).isAfter(today) ? today : sentOn.plusDays(45);
            k.recordPayment(cashed, on);
        }
        claims.saveAndFlush(k);
        totals.refresh(c);
    }

    private CommitmentStatus statusFor(ProjectStatus ps) {
        int r = random.nextInt(100);
        return switch (ps) {
            case COMPLETED -> r < 60 ? CommitmentStatus.PAID : CommitmentStatus.CLOSED;
            case IN_PROGRESS ->
                r < 60
                        ? CommitmentStatus.PARTIALLY_PAID
                        : r < 95 ? CommitmentStatus.CONVENTION_SIGNED : CommitmentStatus.WITHDRAWN;
            case APPROVED -> r < 50 ? CommitmentStatus.AWARDED : CommitmentStatus.CONVENTION_SIGNED;
            case INSTRUCTING ->
                r < 25
                        ? CommitmentStatus.IDENTIFIED
                        : r < 55
                                ? CommitmentStatus.REQUESTED
                                : r < 80 ? CommitmentStatus.COMPLETE : CommitmentStatus.AWARDED;
            default -> CommitmentStatus.IDENTIFIED;
        };
    }

    private BigDecimal awarded(BigDecimal requested, CommitmentStatus st) {
        if (!st.isAwarded()) {
            return null;
        }
        return requested;
    }

    private static String label(CommitmentKind kind) {
        return switch (kind) {
            case MECENAT -> "Mécénat";
            case SPONSORSHIP -> "Parrainage";
            case PPP -> "Partenariat public-privé";
            case IN_KIND -> "Apport en nature";
            default -> "Contribution";
        };
    }

    private List<BigDecimal> split(BigDecimal total, int n) {
        List<BigDecimal> parts = new ArrayList<>();
        if (total.signum() <= 0) {
            return parts;
        }
        double[] w = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            w[k] = 1 + random.nextDouble() * 2;
            sum += w[k];
        }
        BigDecimal left = total;
        for (int k = 0; k < n - 1; k++) {
            BigDecimal part = round(total.multiply(BigDecimal.valueOf(w[k] / sum)));
            parts.add(part);
            left = left.subtract(part);
        }
        parts.add(left.setScale(2, RoundingMode.HALF_UP));
        return parts;
    }

    private PartnerSummary pick(List<PartnerSummary> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    private static List<PartnerSummary> ofType(List<PartnerSummary> all, PartnerType type) {
        return all.stream().filter(p -> p.type() == type).toList();
    }

    private static PartnerSummary named(List<PartnerSummary> all, String name, PartnerType fallback) {
        return all.stream()
                .filter(p -> !name.isEmpty() && p.name().contains(name))
                .findFirst()
                .orElseGet(() -> all.stream()
                        .filter(p -> p.type() == fallback)
                        .findFirst()
                        .orElse(all.getFirst()));
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(-2, RoundingMode.HALF_UP).setScale(2);
    }
}
