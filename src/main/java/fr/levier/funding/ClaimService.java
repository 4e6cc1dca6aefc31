package fr.levier.funding;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Payment claims (demandes de versement), the cash received, its corrections and repayments, and the
 * terms of the award that drive them. Officers prepare and send claims within the ceilings; finance
 * records, corrects and repays cash. Every operation that moves money locks the commitment row first
 * so ceilings hold under concurrent requests. Nothing is deleted: claims are cancelled with a reason,
 * payments reversed by a line of their own.
 */
@Service
@Validated
public class ClaimService {

    /** A payment may be dated this many days after today (bank value dates, time zones), not more. */
    public static final int PAYMENT_DATE_TOLERANCE_DAYS = 3;

    private final PaymentClaimRepository claims;
    private final CommitmentRepository commitments;
    private final FundingProgrammeRepository programmes;
    private final CommitmentTermsRepository terms;
    private final MoneyLineRepository lines;
    private final MoneyTotals totals;
    private final Clock clock;

    ClaimService(
            PaymentClaimRepository claims,
            CommitmentRepository commitments,
            FundingProgrammeRepository programmes,
            CommitmentTermsRepository terms,
            MoneyLineRepository lines,
            MoneyTotals totals,
            Clock clock) {
        this.totals = totals;
        this.claims = claims;
        this.commitments = commitments;
        this.programmes = programmes;
        this.terms = terms;
        this.lines = lines;
        this.clock = clock;
    }

    /** @return the claims of a commitment, oldest first (cancelled ones included, marked) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ClaimSummary> claims(long commitmentId) {
        return claims.findByCommitmentIdOrderById(commitmentId).stream()
                .map(PaymentClaim::toSummary)
                .toList();
    }

    /** @return the claims of every commitment that funds the project */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ClaimSummary> claimsOfProject(long projectId) {
        return claims.ofProject(projectId).stream().map(PaymentClaim::toSummary).toList();
    }

    /** @return one claim */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public ClaimSummary get(long id) {
        return load(id).toSummary();
    }

    /**
     * Prepares a claim on an awarded commitment, within the ceilings (décret 2018-514 art. 12 for
     * programmes; the award alone for commitments without a programme).
     *
     * @param commitmentId the commitment
     * @param input        the claim
     * @return the claim
     * @throws BusinessRuleException naming the ceiling when one is exceeded
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ClaimSummary create(long commitmentId, @Valid ClaimInput input) {
        Money.requireCents("amount", input.amount());
        Commitment c = lock(commitmentId);
        check(c, input, -1L);
        PaymentClaim claim = new PaymentClaim(commitmentId);
        claim.apply(input);
        ClaimSummary saved = claims.saveAndFlush(claim).toSummary();
        totals.refresh(c);
        return saved;
    }

    /**
     * Changes a claim that is neither paid nor cancelled.
     *
     * @param id      the claim
     * @param version the version the user saw
     * @param input   the claim
     * @return the claim
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ClaimSummary update(long id, long version, @Valid ClaimInput input) {
        Money.requireCents("amount", input.amount());
        PaymentClaim claim = load(id);
        Commitment c = lock(claim.getCommitmentId());
        claim.requireVersion(version);
        requireEditable(claim);
        check(c, input, id);
        claim.apply(input);
        ClaimSummary saved = claims.saveAndFlush(claim).toSummary();
        totals.refresh(c);
        return saved;
    }

    /**
     * Cancels a claim that is not paid: it is kept with its reason and no longer counts.
     *
     * @param id     the claim
     * @param reason why (required)
     * @return the claim
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ClaimSummary cancel(long id, String reason) {
        String why = Money.requireReason(reason);
        PaymentClaim claim = load(id);
        Commitment c = lock(claim.getCommitmentId());
        requireEditable(claim);
        claim.cancel(why);
        ClaimSummary saved = claims.saveAndFlush(claim).toSummary();
        totals.refresh(c);
        return saved;
    }

    /**
     * Finance records the money received for a sent claim: at most the amount claimed, dated at most
     * {@value #PAYMENT_DATE_TOLERANCE_DAYS} days after today and not before the claim was sent. The
     * commitment becomes partially paid or paid accordingly.
     *
     * @param id      the claim
     * @param version the version the user saw
     * @param payment amount and date cashed
     * @return the claim
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public ClaimSummary recordPayment(long id, long version, @Valid PaymentInput payment) {
        Money.requireCents("cashedAmount", payment.cashedAmount());
        PaymentClaim claim = load(id);
        Commitment c = lock(claim.getCommitmentId());
        claim.requireVersion(version);
        if (claim.getStatus() != ClaimStatus.SENT) {
            throw new BusinessRuleException("status", Messages.get("claim.error.notSent"));
        }
        if (payment.cashedAmount().compareTo(claim.getAmount()) > 0) {
            throw new BusinessRuleException(
                    "cashedAmount", Messages.get("claim.error.aboveClaimed", money(claim.getAmount())));
        }
        checkPaymentDate(payment.cashedOn(), claim.getSentOn());
        claim.recordPayment(payment.cashedAmount(), payment.cashedOn());
        claims.saveAndFlush(claim);
        recompute(c);
        return claim.toSummary();
    }

    /**
     * Records a gift paid in one go on a commitment without a programme (mécénat, foundation, company,
     * agency): one final claim, sent and paid, for the amount received. Not held to State ceilings; never
     * more than the award.
     *
     * @param commitmentId the commitment
     * @param payment      amount and date received
     * @return the paid claim
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public ClaimSummary recordGift(long commitmentId, @Valid PaymentInput payment) {
        Money.requireCents("cashedAmount", payment.cashedAmount());
        Commitment c = lock(commitmentId);
        if (c.getProgrammeId() != null) {
            throw new BusinessRuleException("commitmentId", Messages.get("claim.error.giftWithProgramme"));
        }
        checkPaymentDate(payment.cashedOn(), null);
        ClaimInput input = new ClaimInput(
                ClaimType.FINAL,
                payment.cashedAmount(),
                payment.cashedOn(),
                ClaimStatus.SENT,
                EnumSet.noneOf(SupportingDocument.class));
        check(c, input, -1L);
        PaymentClaim claim = new PaymentClaim(commitmentId);
        claim.apply(input);
        claim.recordPayment(payment.cashedAmount(), payment.cashedOn());
        claims.saveAndFlush(claim);
        recompute(c);
        return claim.toSummary();
    }

    /**
     * Finance corrects a payment recorded by mistake: a reversal line keeps the amount, date and reason
     * (audited), the claim goes back to "sent" so the right payment can be recorded, and the
     * commitment's state is recomputed from the money kept.
     *
     * @param id      the paid claim
     * @param version the version the user saw
     * @param reason  why (required)
     * @return the claim, sent again
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public ClaimSummary reversePayment(long id, long version, String reason) {
        String why = Money.requireReason(reason);
        PaymentClaim claim = load(id);
        Commitment c = lock(claim.getCommitmentId());
        claim.requireVersion(version);
        if (claim.getStatus() != ClaimStatus.PAID) {
            throw new BusinessRuleException("status", Messages.get("claim.error.notPaid"));
        }
        if (claim.getReceiptId() != null) {
            throw new BusinessRuleException("status", Messages.get("claim.error.receiptIssued"));
        }
        lines.save(new MoneyLine(
                c.getId(), claim.getId(), MoneyLine.Kind.REVERSAL, claim.getCashedAmount(), LocalDate.now(clock), why));
        claim.reversePayment();
        claims.saveAndFlush(claim);
        recompute(c);
        return claim.toSummary();
    }

    /**
     * Finance records money paid back to the funder (when the final grant is below what was kept): a
     * dated line of its own, at most the amount due.
     *
     * @param commitmentId the commitment
     * @param input        amount, date, reason
     * @return where the commitment's money stands
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public Settlement recordRepayment(long commitmentId, @Valid RepaymentInput input) {
        Money.requireCents("amount", input.amount());
        Commitment c = lock(commitmentId);
        checkPaymentDate(input.paidOn(), null);
        BigDecimal due = settlement(c).finalPayment().toRepay();
        if (input.amount().compareTo(due) > 0) {
            throw new BusinessRuleException("amount", Messages.get("claim.error.repaymentAboveDue", money(due)));
        }
        lines.saveAndFlush(new MoneyLine(
                commitmentId,
                null,
                MoneyLine.Kind.REPAYMENT,
                input.amount(),
                input.paidOn(),
                input.reason().strip()));
        recompute(c);
        return settlement(c);
    }

    /** @return where the commitment's money stands: received, repaid, final payment */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Settlement settlement(long commitmentId) {
        return settlement(loadCommitment(commitmentId));
    }

    /** @return the terms of the award with the lapse verdict and its messages */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public TermsSummary terms(long commitmentId) {
        Commitment c = loadCommitment(commitmentId);
        CommitmentTerms t = terms.findById(commitmentId).orElse(null);
        return termsSummary(c, t);
    }

    /**
     * Records the terms of the award (extension dates granted, start allowed from, advance rate and
     * guarantee, operation length, subsidised and actual eligible expense). Refuses an advance above
     * 60 %, above the default without a guarantee, a start extension beyond one year and a DETR/DSIL
     * completion extension beyond two years.
     *
     * @param commitmentId the commitment
     * @param version      the version of the terms the user saw (0 before the first save)
     * @param input        the terms
     * @return the terms with the new verdict
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public TermsSummary updateTerms(long commitmentId, long version, @Valid TermsInput input) {
        Money.requireCents("subsidisedExpense", input.subsidisedExpense());
        Money.requireCents("actualEligibleExpense", input.actualEligibleExpense());
        Commitment c = lock(commitmentId);
        CommitmentTerms t = terms.findById(commitmentId).orElseGet(() -> new CommitmentTerms(commitmentId));
        if (t.getVersion() != version) {
            throw new fr.levier.shared.StaleRecordException(
                    CommitmentTerms.class, commitmentId, t.updatedBy(), t.updatedAt());
        }
        ProgrammeSummary p = programme(c);
        ClaimCeilings ceilings = p == null ? ClaimCeilings.STATE : p.ceilings();
        ceilings.checkAdvanceRate(input.advancePct(), Boolean.TRUE.equals(input.advanceGuarantee()))
                .ifPresent(rule -> {
                    throw new BusinessRuleException(
                            "advancePct",
                            Messages.get(
                                    "claim.advance." + rule.name(),
                                    percentOrUnknown(ceilings.advancePct()),
                                    percentOrUnknown(ceilings.advanceGuaranteePct())));
                });
        if (input.actualEligibleExpense() != null && input.actualRecordedOn() == null) {
            throw new BusinessRuleException("actualRecordedOn", Messages.get("claim.error.actualDateRequired"));
        }
        CommitmentTerms probe = new CommitmentTerms(commitmentId);
        probe.apply(input);
        LapseClock.Verdict v = LapseClock.evaluate(LapseFacts.input(c, probe, p), LocalDate.now(clock));
        String ref = Messages.get(regime(p).referenceKey());
        if (v.findings().contains(LapseClock.Finding.START_EXTENSION_TOO_LONG)) {
            throw new BusinessRuleException(
                    "startExtendedTo", Messages.get("lapse.finding.START_EXTENSION_TOO_LONG", ref));
        }
        if (v.findings().contains(LapseClock.Finding.COMPLETION_EXTENSION_TOO_LONG)) {
            throw new BusinessRuleException(
                    "completionExtendedTo", Messages.get("lapse.finding.COMPLETION_EXTENSION_TOO_LONG", ref));
        }
        t.apply(input);
        t = terms.saveAndFlush(t);
        return termsSummary(c, t);
    }

    private TermsSummary termsSummary(Commitment c, CommitmentTerms t) {
        ProgrammeSummary p = programme(c);
        LapseClock.Verdict v = c.getStatus().hasLapseClock()
                ? LapseClock.evaluate(LapseFacts.input(c, t, p), LocalDate.now(clock))
                : null;
        List<String> messages = new ArrayList<>();
        String ref = Messages.get(regime(p).referenceKey());
        if (v != null) {
            for (LapseClock.Finding f : v.findings()) {
                messages.add(Messages.get(
                        "lapse.finding." + f.name(),
                        ref,
                        v.startDeadline() == null ? "" : FrenchFormats.date(v.startDeadline())));
            }
        }
        if (p != null) {
            ClaimCeilings ceilings = p.ceilings();
            BigDecimal agreed = t == null ? null : t.getAdvancePct();
            Integer months = t == null ? null : t.getOperationMonths();
            messages.add(Messages.get(
                    "claim.ceilings",
                    percentOrUnknown(ceilings.advancePct(agreed)),
                    percentOrUnknown(ceilings.cumulativePct(months)),
                    p.code()));
        } else {
            messages.add(Messages.get("claim.ceilings.none"));
        }
        return new TermsSummary(
                c.getId(),
                t == null ? 0 : t.getVersion(),
                t == null ? TermsInput.NONE : t.toInput(),
                v,
                List.copyOf(messages),
                t == null ? null : t.updatedBy(),
                t == null ? null : t.updatedAt());
    }

    private Settlement settlement(Commitment c) {
        CommitmentTerms t = terms.findById(c.getId()).orElse(null);
        BigDecimal received = claims.cashed(c.getId()).setScale(2);
        BigDecimal repaid = lines.repaid(c.getId()).setScale(2);
        BigDecimal subsidised = t == null ? null : t.getSubsidisedExpense();
        BigDecimal actual = t == null ? null : t.getActualEligibleExpense();
        BigDecimal award = c.getAmountAwarded();
        BigDecimal rate = award != null && subsidised != null && subsidised.signum() > 0
                ? award.multiply(new BigDecimal(100)).divide(subsidised, 2, RoundingMode.HALF_UP)
                : null;
        return new Settlement(
                c.getId(),
                award,
                subsidised,
                rate,
                actual,
                received,
                repaid,
                FinalPayment.of(award, subsidised, actual, received, repaid),
                lines.findByCommitmentIdOrderById(c.getId()).stream()
                        .map(MoneyLine::toSummary)
                        .toList());
    }

    /** Moves the commitment to the state its money says: paid, partially paid, or back to awarded/signed. */
    private void recompute(Commitment c) {
        totals.refresh(c);
        if (!c.getStatus().isAwarded() || c.getStatus() == CommitmentStatus.CLOSED) {
            return;
        }
        Settlement s = settlement(c);
        BigDecimal kept = s.finalPayment().kept();
        BigDecimal due =
                s.finalPayment().finalGrant() != null ? s.finalPayment().finalGrant() : c.getAmountAwarded();
        CommitmentStatus target;
        if (kept.signum() > 0 && due != null && kept.compareTo(due) >= 0) {
            target = CommitmentStatus.PAID;
        } else if (kept.signum() > 0) {
            target = CommitmentStatus.PARTIALLY_PAID;
        } else {
            target = c.dates().conventionSignedOn() != null
                    ? CommitmentStatus.CONVENTION_SIGNED
                    : CommitmentStatus.AWARDED;
        }
        c.setStatus(target);
    }

    private void checkPaymentDate(LocalDate on, LocalDate sentOn) {
        LocalDate latest = LocalDate.now(clock).plusDays(PAYMENT_DATE_TOLERANCE_DAYS);
        if (on.isAfter(latest)) {
            throw new BusinessRuleException(
                    "cashedOn", Messages.get("claim.error.paymentInFuture", FrenchFormats.date(latest)));
        }
        if (sentOn != null && on.isBefore(sentOn)) {
            throw new BusinessRuleException(
                    "cashedOn", Messages.get("claim.error.paymentBeforeSent", FrenchFormats.date(sentOn)));
        }
    }

    private void requireEditable(PaymentClaim claim) {
        if (claim.getStatus() == ClaimStatus.PAID) {
            throw new BusinessRuleException("status", Messages.get("claim.error.paidIsFinal"));
        }
        if (claim.getStatus() == ClaimStatus.CANCELLED) {
            throw new BusinessRuleException("status", Messages.get("claim.error.cancelled"));
        }
    }

    private void check(Commitment c, ClaimInput in, Long excludedId) {
        if (in.status() == ClaimStatus.PAID) {
            throw new BusinessRuleException("status", Messages.get("claim.error.paidByFinance"));
        }
        if (in.status() == ClaimStatus.CANCELLED) {
            throw new BusinessRuleException("status", Messages.get("claim.error.cancelThroughDelete"));
        }
        if (in.status() == ClaimStatus.SENT && in.sentOn() == null) {
            throw new BusinessRuleException("sentOn", Messages.get("claim.error.sentOnRequired"));
        }
        if (!c.getStatus().isAwarded() || c.getStatus() == CommitmentStatus.CLOSED) {
            throw new BusinessRuleException("amount", Messages.get("claim.rule.NOT_AWARDED"));
        }
        if (in.status() == ClaimStatus.REJECTED) {
            return;
        }
        ProgrammeSummary p = programme(c);
        ClaimCeilings ceilings = p == null ? ClaimCeilings.STATE : p.ceilings();
        CommitmentTerms t = terms.findById(c.getId()).orElse(null);
        BigDecimal adv = BigDecimal.ZERO;
        BigDecimal interim = BigDecimal.ZERO;
        BigDecimal fin = BigDecimal.ZERO;
        for (Rows.ClaimTypeSum s : claims.claimedByType(c.getId(), excludedId)) {
            switch (s.type()) {
                case ADVANCE -> adv = s.total();
                case INTERIM -> interim = s.total();
                case FINAL -> fin = s.total();
            }
        }
        FinalPayment fp = settlement(c).finalPayment();
        BigDecimal cap = fp.finalGrant() == null ? c.getAmountAwarded() : fp.finalGrant();
        BigDecimal agreed = t == null ? null : t.getAdvancePct();
        Integer months = t == null ? null : t.getOperationMonths();
        ClaimCeilings.Context ctx = new ClaimCeilings.Context(
                c.getAmountAwarded(),
                cap,
                new ClaimCeilings.Claimed(adv, interim, fin),
                p != null,
                c.dates().worksStartedOn() != null,
                c.dates().completionDeclaredOn() != null,
                agreed,
                months);
        String ref = Messages.get(regime(p).referenceKey());
        ceilings.check(in.type(), in.amount(), ctx).ifPresent(v -> {
            throw new BusinessRuleException(
                    "amount",
                    Messages.get(
                            "claim.rule." + v.rule().name(),
                            money(v.limit()),
                            percent(ceilings.advancePct(agreed)),
                            percent(ceilings.cumulativePct(months)),
                            ref));
        });
    }

    private static LapseClock.Regime regime(ProgrammeSummary p) {
        return p == null ? LapseClock.Regime.OTHER : LapseClock.Regime.of(p.code(), p.stateRules());
    }

    private ProgrammeSummary programme(Commitment c) {
        return c.getProgrammeId() == null
                ? null
                : programmes
                        .findById(c.getProgrammeId())
                        .map(FundingProgramme::toSummary)
                        .orElse(null);
    }

    private static String money(BigDecimal v) {
        return FrenchFormats.money(v, Messages.current());
    }

    /** A percentage with its sign, or "non renseigné" when the programme catalogue does not give it. */
    private static String percentOrUnknown(BigDecimal pct) {
        return pct == null ? Messages.get("programmes.unknown") : percent(pct) + "\u00a0%";
    }

    private static String percent(BigDecimal pct) {
        String plain = pct.stripTrailingZeros().toPlainString();
        return "en".equals(Messages.current().getLanguage()) ? plain : plain.replace('.', ',');
    }

    private Commitment lock(long commitmentId) {
        return commitments
                .lockById(commitmentId)
                .orElseThrow(() -> new NotFoundException("Commitment " + commitmentId));
    }

    private Commitment loadCommitment(long commitmentId) {
        return commitments
                .findById(commitmentId)
                .orElseThrow(() -> new NotFoundException("Commitment " + commitmentId));
    }

    private PaymentClaim load(long id) {
        return claims.findById(id).orElseThrow(() -> new NotFoundException("Claim " + id));
    }
}
