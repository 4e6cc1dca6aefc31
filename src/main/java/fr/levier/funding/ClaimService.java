package fr.levier.funding;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Payment claims (demandes de versement) and the cash received. Officers prepare and send claims
 * within the programme's ceilings; finance records what was cashed.
 */
@Service
@Validated
public class ClaimService {

    private final PaymentClaimRepository claims;
    private final CommitmentRepository commitments;
    private final FundingProgrammeRepository programmes;

    ClaimService(
            PaymentClaimRepository claims, CommitmentRepository commitments, FundingProgrammeRepository programmes) {
        this.claims = claims;
        this.commitments = commitments;
        this.programmes = programmes;
    }

    /** @return the claims of a commitment, oldest first */
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
     * Prepares a claim on an awarded commitment, within the programme's ceilings.
     *
     * @param commitmentId the commitment
     * @param input        the claim
     * @return the claim
     * @throws BusinessRuleException naming the ceiling when one is exceeded
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ClaimSummary create(long commitmentId, @Valid ClaimInput input) {
        Commitment c = commitments
                .findById(commitmentId)
                .orElseThrow(() -> new NotFoundException("Commitment " + commitmentId));
        check(c, input, -1L);
        PaymentClaim claim = new PaymentClaim(commitmentId);
        claim.apply(input);
        return claims.saveAndFlush(claim).toSummary();
    }

    /**
     * Changes a claim that is not paid yet.
     *
     * @param id      the claim
     * @param version the version the user saw
     * @param input   the claim
     * @return the claim
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ClaimSummary update(long id, long version, @Valid ClaimInput input) {
        PaymentClaim claim = load(id);
        claim.requireVersion(version);
        if (claim.getStatus() == ClaimStatus.PAID) {
            throw new BusinessRuleException("status", Messages.get("claim.error.paidIsFinal"));
        }
        Commitment c = commitments.findById(claim.getCommitmentId()).orElseThrow();
        check(c, input, id);
        claim.apply(input);
        return claims.saveAndFlush(claim).toSummary();
    }

    /** Deletes a claim that is not paid. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        PaymentClaim claim = load(id);
        if (claim.getStatus() == ClaimStatus.PAID) {
            throw new BusinessRuleException("status", Messages.get("claim.error.paidIsFinal"));
        }
        claims.delete(claim);
    }

    /**
     * Finance records the money received for a sent claim; the commitment becomes partially paid or
     * paid accordingly.
     *
     * @param id      the claim
     * @param version the version the user saw
     * @param payment amount and date cashed
     * @return the claim
     */
    @Transactional
    @PreAuthorize("hasRole('FINANCE')")
    public ClaimSummary recordPayment(long id, long version, @Valid PaymentInput payment) {
        PaymentClaim claim = load(id);
        claim.requireVersion(version);
        if (claim.getStatus() != ClaimStatus.SENT) {
            throw new BusinessRuleException("status", Messages.get("claim.error.notSent"));
        }
        claim.recordPayment(payment.cashedAmount(), payment.cashedOn());
        claims.saveAndFlush(claim);
        Commitment c = commitments.findById(claim.getCommitmentId()).orElseThrow();
        BigDecimal cashed = claims.cashed(c.getId());
        CommitmentStatus target = c.getAmountAwarded() != null && cashed.compareTo(c.getAmountAwarded()) >= 0
                ? CommitmentStatus.PAID
                : CommitmentStatus.PARTIALLY_PAID;
        if (c.getStatus() != target && c.getStatus().canMoveTo(target)) {
            c.setStatus(target);
        }
        return claim.toSummary();
    }

    private void check(Commitment c, ClaimInput in, Long excludedId) {
        if (in.status() == ClaimStatus.PAID) {
            throw new BusinessRuleException("status", Messages.get("claim.error.paidByFinance"));
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
        ClaimCeilings ceilings = c.getProgrammeId() == null
                ? ClaimCeilings.STATE
                : programmes
                        .findById(c.getProgrammeId())
                        .map(p -> p.toSummary().ceilings())
                        .orElse(ClaimCeilings.STATE);
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
        boolean completed = c.dates().completionDeclaredOn() != null;
        ceilings.check(
                        in.type(),
                        in.amount(),
                        c.getAmountAwarded(),
                        new ClaimCeilings.Claimed(adv, interim, fin),
                        completed)
                .ifPresent(v -> {
                    throw new BusinessRuleException(
                            "amount",
                            Messages.get(
                                    "claim.rule." + v.rule().name(),
                                    FrenchFormats.money(v.limit(), Messages.current()),
                                    percent(ceilings.advancePct()),
                                    percent(ceilings.cumulativePct())));
                });
    }

    private String percent(BigDecimal pct) {
        String plain = pct.stripTrailingZeros().toPlainString();
        return "en".equals(Messages.current().getLanguage()) ? plain : plain.replace('.', ',');
    }

    private PaymentClaim load(long id) {
        return claims.findById(id).orElseThrow(() -> new NotFoundException("Claim " + id));
    }
}
