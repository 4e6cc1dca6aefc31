package fr.levier.funding;

import fr.levier.partner.NameNormalizer;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.SiretRules;
import fr.levier.partner.importing.ImportField;
import fr.levier.partner.importing.ImportLine;
import fr.levier.partner.importing.ImportOutcome;
import fr.levier.partner.importing.ImportRow;
import fr.levier.partner.importing.ImportRowsHandler;
import fr.levier.partner.importing.ImportTarget;
import fr.levier.partner.importing.ValueVocabulary;
import fr.levier.project.ProjectService;
import fr.levier.shared.DossierDates;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports funding commitments through {@link CommitmentService} and {@link ClaimService}: each line creates
 * (or, when the same funder, title and programme came on an earlier line, reuses) a commitment, moves it
 * to its status through the allowed transitions, allocates it to the line's project and records what was
 * cashed as a paid claim. Every rule of those services decides; a line that breaks one is refused with
 * the rule's message.
 */
@Component
class CommitmentImportHandler implements ImportRowsHandler {

    private final CommitmentService commitments;
    private final ClaimService claims;
    private final PartnerService partners;
    private final ProjectService projects;
    private final FinancingPlanService plans;
    private final TransactionTemplate tx;
    private final Map<ImportField, ValueVocabulary> vocabularies = new EnumMap<>(ImportField.class);

    CommitmentImportHandler(
            CommitmentService commitments,
            ClaimService claims,
            PartnerService partners,
            ProjectService projects,
            FinancingPlanService plans,
            PlatformTransactionManager txm) {
        this.commitments = commitments;
        this.claims = claims;
        this.partners = partners;
        this.projects = projects;
        this.plans = plans;
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        vocabularies.put(
                ImportField.COMMITMENT_KIND,
                ValueVocabulary.ofEnum(
                        CommitmentKind.class,
                        "commitmentKind.",
                        Map.of(
                                CommitmentKind.GRANT, List.of("subvention", "sub", "aide", "dotation", "grant"),
                                CommitmentKind.MECENAT, List.of("mecenat", "don", "mecenat financier"),
                                CommitmentKind.SPONSORSHIP, List.of("parrainage", "sponsoring"),
                                CommitmentKind.IN_KIND, List.of("nature", "en nature", "mecenat en nature"),
                                CommitmentKind.PPP, List.of("ppp", "partenariat"),
                                CommitmentKind.LOAN, List.of("pret", "emprunt", "avance remboursable"))));
        vocabularies.put(
                ImportField.COMMITMENT_STATUS,
                ValueVocabulary.ofEnum(
                        CommitmentStatus.class,
                        "commitmentStatus.",
                        Map.of(
                                CommitmentStatus.IDENTIFIED, List.of("piste", "a demander", "identifie"),
                                CommitmentStatus.REQUESTED, List.of("demande", "depose", "en attente"),
                                CommitmentStatus.COMPLETE, List.of("complet", "dossier complet"),
                                CommitmentStatus.AWARDED, List.of("attribue", "accorde", "notifie", "obtenu"),
                                CommitmentStatus.REFUSED, List.of("refuse", "rejete"),
                                CommitmentStatus.CONVENTION_SIGNED, List.of("convention", "signe", "conventionne"),
                                CommitmentStatus.PARTIALLY_PAID, List.of("acompte", "partiellement paye"),
                                CommitmentStatus.PAID, List.of("verse", "paye", "encaisse"),
                                CommitmentStatus.CLOSED, List.of("solde", "clos", "cloture"))));
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.COMMITMENTS;
    }

    @Override
    public Map<ImportField, ValueVocabulary> vocabularies() {
        return vocabularies;
    }

    @Override
    public Result run(List<ImportRow> rows, Locale locale, boolean apply) {
        return ImportReplay.run(
                tx,
                rows,
                locale,
                apply,
                (row, context) -> write(row, context, locale),
                (ids, l) -> ImportWarnings.of(plans, ids, l));
    }

    @SuppressWarnings("unchecked")
    private ImportLine write(ImportRow row, Map<String, Object> context, Locale l) {
        // read every cell first: a cell that cannot be read refuses the line before anything is written
        long partnerId = partner(row, l);
        String projectCode = ImportLines.required(row, ImportField.COMMITMENT_PROJECT, l);
        long projectId = ProjectImportHandler.byCode(projects, projectCode)
                .orElseThrow(() -> new ImportReplay.Refused(Messages.get(l, "import.funding.noProject", projectCode)))
                .id();
        Long programmeId = programme(row, l);
        CommitmentKind kind = row.get(ImportField.COMMITMENT_KIND) == null
                ? CommitmentKind.GRANT
                : CommitmentKind.valueOf(row.get(ImportField.COMMITMENT_KIND));
        BigDecimal requested = ImportLines.amount(row, ImportField.COMMITMENT_REQUESTED, l);
        if (requested == null) {
            ImportLines.required(row, ImportField.COMMITMENT_REQUESTED, l);
        }
        BigDecimal awarded = ImportLines.amount(row, ImportField.COMMITMENT_AWARDED, l);
        BigDecimal cashed = ImportLines.amount(row, ImportField.COMMITMENT_CASHED, l);
        BigDecimal allocated = ImportLines.amount(row, ImportField.COMMITMENT_ALLOCATED, l);
        CommitmentStatus target = row.get(ImportField.COMMITMENT_STATUS) == null
                ? (awarded != null ? CommitmentStatus.AWARDED : CommitmentStatus.REQUESTED)
                : CommitmentStatus.valueOf(row.get(ImportField.COMMITMENT_STATUS));
        DossierDates dates = new DossierDates(
                null,
                ImportLines.date(row, ImportField.COMMITMENT_SUBMITTED, l),
                null,
                null,
                ImportLines.date(row, ImportField.COMMITMENT_NOTIFIED, l),
                ImportLines.date(row, ImportField.COMMITMENT_SIGNED, l),
                null,
                null);
        String title = row.get(ImportField.COMMITMENT_TITLE) != null
                ? row.get(ImportField.COMMITMENT_TITLE)
                : Messages.get(l, "commitmentKind." + kind.name()) + " – " + projectCode;
        String key = partnerId + "|" + NameNormalizer.simplify(row.get(ImportField.COMMITMENT_TITLE)) + "|"
                + programmeId + "|" + kind;
        Map<String, Long> seen = (Map<String, Long>) context.computeIfAbsent("commitments", k -> new HashMap<>());
        Long commitmentId = seen.get(key);
        String warning = "";
        if (commitmentId == null || row.get(ImportField.COMMITMENT_TITLE) == null) {
            CommitmentDetails c = commitments.create(CommitmentInput.builder()
                    .partnerId(partnerId)
                    .programmeId(programmeId)
                    .title(title)
                    .kind(kind)
                    .amountRequested(requested)
                    .amountAwarded(awarded)
                    .dates(dates)
                    .build());
            commitmentId = c.id();
            seen.put(key, commitmentId);
            moveTo(commitmentId, target, cashed, l);
        } else {
            warning = Messages.get(l, "import.funding.split");
        }
        BigDecimal share = allocated != null ? allocated : awarded != null ? awarded : requested;
        commitments.allocate(new AllocationInput(commitmentId, projectId, share));
        ((Set<Long>) context.get("projects")).add(projectId);
        return new ImportLine(row.line(), ImportOutcome.CREATE, ImportLines.label(row), "", null, warning);
    }

    /** Moves a new commitment to the file's status by allowed steps; cashed money goes through a paid claim. */
    private void moveTo(long id, CommitmentStatus target, BigDecimal cashed, Locale l) {
        boolean paidStatus = target == CommitmentStatus.PARTIALLY_PAID
                || target == CommitmentStatus.PAID
                || target == CommitmentStatus.CLOSED;
        boolean pay = cashed != null && cashed.signum() > 0;
        CommitmentStatus before = pay || paidStatus ? CommitmentStatus.CONVENTION_SIGNED : target;
        step(id, before, l);
        if (pay) {
            ClaimSummary claim = claims.create(
                    id,
                    new ClaimInput(
                            target == CommitmentStatus.PARTIALLY_PAID ? ClaimType.INTERIM : ClaimType.FINAL,
                            cashed,
                            java.time.LocalDate.now(), // a sent claim needs its date (ClaimService refuses it without)
                            ClaimStatus.SENT,
                            Set.of()));
            claims.recordPayment(claim.id(), claim.version(), new PaymentInput(cashed, java.time.LocalDate.now()));
        }
        if (paidStatus) {
            step(id, target, l);
        }
    }

    private void step(long id, CommitmentStatus target, Locale l) {
        CommitmentDetails c = commitments.get(id);
        List<CommitmentStatus> path = path(c.status(), target);
        if (path == null) {
            throw new fr.levier.shared.BusinessRuleException(Messages.get(
                    l,
                    "funding.error.transition",
                    Messages.get(l, "commitmentStatus." + c.status().name()),
                    Messages.get(l, "commitmentStatus." + target.name())));
        }
        for (CommitmentStatus s : path) {
            c = commitments.changeStatus(id, c.version(), s);
        }
    }

    /** Shortest chain of allowed transitions, {@code null} when none leads there. */
    static List<CommitmentStatus> path(CommitmentStatus from, CommitmentStatus to) {
        Map<CommitmentStatus, CommitmentStatus> previous = new EnumMap<>(CommitmentStatus.class);
        ArrayDeque<CommitmentStatus> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty()) {
            CommitmentStatus s = queue.poll();
            if (s == to) {
                List<CommitmentStatus> path = new ArrayList<>();
                for (CommitmentStatus c = to; c != from; c = previous.get(c)) {
                    path.add(0, c);
                }
                return path;
            }
            for (CommitmentStatus n : s.next()) {
                if (!previous.containsKey(n) && n != CommitmentStatus.LAPSED && n != CommitmentStatus.WITHDRAWN
                        || n == to) {
                    if (!previous.containsKey(n)) {
                        previous.put(n, s);
                        queue.add(n);
                    }
                }
            }
        }
        return null;
    }

    private long partner(ImportRow row, Locale l) {
        String siretCell = row.get(ImportField.COMMITMENT_PARTNER_SIRET);
        String siret = SiretRules.clean(siretCell);
        if (siret != null) {
            return partners.find(new PartnerFilter(siret, null, null, null, null), PageRequest.of(0, 50)).stream()
                    .filter(p -> siret.equals(p.siret())
                            || (p.siret() != null && p.siret().startsWith(siret)))
                    .map(PartnerSummary::id)
                    .findFirst()
                    .orElseThrow(() ->
                            new ImportReplay.Refused(Messages.get(l, "import.reason.partnerNotFound", siretCell)));
        }
        String name = row.get(ImportField.COMMITMENT_PARTNER);
        if (name == null) {
            throw new ImportReplay.Refused(Messages.get(
                    l, "import.reason.required", ImportLines.fieldLabel(ImportField.COMMITMENT_PARTNER, l)));
        }
        String key = NameNormalizer.organisation(name);
        List<PartnerSummary> found =
                partners.find(new PartnerFilter(key, null, null, null, null), PageRequest.of(0, 50)).stream()
                        .filter(p -> NameNormalizer.organisation(p.name()).equals(key))
                        .toList();
        if (found.isEmpty()) {
            throw new ImportReplay.Refused(Messages.get(l, "import.reason.partnerNotFound", name));
        }
        if (found.size() > 1) {
            throw new ImportReplay.Refused(Messages.get(l, "import.reason.partnerAmbiguous", name));
        }
        return found.get(0).id();
    }

    private Long programme(ImportRow row, Locale l) {
        String cell = row.get(ImportField.COMMITMENT_PROGRAMME);
        if (cell == null) {
            return null;
        }
        String key = NameNormalizer.simplify(cell);
        return commitments.programmes().stream()
                .filter(p -> NameNormalizer.simplify(p.code()).equals(key)
                        || NameNormalizer.simplify(p.name()).equals(key))
                .map(ProgrammeSummary::id)
                .findFirst()
                .orElseThrow(() -> new ImportReplay.Refused(Messages.get(l, "import.funding.noProgramme", cell)));
    }
}
