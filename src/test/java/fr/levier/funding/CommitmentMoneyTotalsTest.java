package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The money totals kept on the commitment row (ADR 010 §13) equal, after every kind of write of a claim
 * or a money line, the sums recomputed from {@code payment_claim} and {@code money_line}: claim created
 * (draft, sent), changed, cancelled, paid, payment reversed, repayment, gift; the demo data and every
 * other commitment of the shared test database are checked too (imports go through the same service).
 */
@IntegrationTest
class CommitmentMoneyTotalsTest {

    /** Commitments whose kept totals differ from the sums of their claims and money lines. */
    static final String MISMATCHES = """
            select c.id from commitment c
            left join (select commitment_id,
                sum(case when status in ('SENT', 'PAID') then amount else 0 end) claimed,
                sum(case when status = 'PAID' then coalesce(cashed_amount, 0) else 0 end) cashed,
                sum(case when status = 'SENT' then amount else 0 end) open_claims
              from payment_claim group by commitment_id) k on k.commitment_id = c.id
            left join (select commitment_id, sum(amount) repaid from money_line where kind = 'REPAYMENT'
              group by commitment_id) m on m.commitment_id = c.id
            where c.claimed_total <> coalesce(k.claimed, 0) or c.cashed_total <> coalesce(k.cashed, 0)
              or c.open_claims_total <> coalesce(k.open_claims, 0) or c.repaid_total <> coalesce(m.repaid, 0)
            """;

    @Autowired
    AsUser as;

    @Autowired
    FundingFixtures fx;

    @Autowired
    ClaimService claims;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommitmentImportHandler imports;

    @Autowired
    fr.levier.partner.PartnerService partners;

    @Autowired
    Clock clock;

    private static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    /** @return claimed, cashed, open, repaid as kept on the row */
    private List<BigDecimal> kept(long id) {
        Map<String, Object> r = jdbc.queryForMap(
                "select claimed_total, cashed_total, open_claims_total, repaid_total from commitment where id = ?", id);
        return List.of(
                (BigDecimal) r.get("claimed_total"),
                (BigDecimal) r.get("cashed_total"),
                (BigDecimal) r.get("open_claims_total"),
                (BigDecimal) r.get("repaid_total"));
    }

    private void assertKept(long id, String claimed, String cashed, String open, String repaid) {
        assertThat(kept(id))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(eur(claimed), eur(cashed), eur(open), eur(repaid));
        assertThat(jdbc.queryForList(MISMATCHES, Long.class)).isEmpty();
    }

    @Test
    void everyWriteOfAClaimOrAMoneyLineKeepsTheTotalsEqualToTheSums() {
        LocalDate today = LocalDate.now(clock);
        // a company's mécénat: no programme, so the award is the only ceiling
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.COMPANY),
                CommitmentKind.SPONSORSHIP,
                null,
                "100000.00",
                "100000.00",
                DossierDates.NONE);
        long id = c.id();
        assertKept(id, "0", "0", "0", "0");

        ClaimSummary draft = as.call(
                "officer",
                () -> claims.create(
                        id, new ClaimInput(ClaimType.ADVANCE, eur("10000.00"), null, ClaimStatus.DRAFT, null)));
        assertKept(id, "0", "0", "0", "0"); // a draft is not claimed

        ClaimSummary sent = as.call(
                "officer",
                () -> claims.update(
                        draft.id(),
                        draft.version(),
                        new ClaimInput(
                                ClaimType.ADVANCE,
                                eur("12000.00"),
                                today.minusDays(10),
                                ClaimStatus.SENT,
                                EnumSet.noneOf(SupportingDocument.class))));
        assertKept(id, "12000.00", "0", "12000.00", "0");

        ClaimSummary other = as.call(
                "officer",
                () -> claims.create(
                        id,
                        new ClaimInput(ClaimType.INTERIM, eur("5000.00"), today.minusDays(5), ClaimStatus.SENT, null)));
        assertKept(id, "17000.00", "0", "17000.00", "0");
        as.run("officer", () -> claims.cancel(other.id(), "doublon"));
        assertKept(id, "12000.00", "0", "12000.00", "0");

        ClaimSummary paid = as.call(
                "finance",
                () -> claims.recordPayment(sent.id(), sent.version(), new PaymentInput(eur("11000.00"), today)));
        assertKept(id, "12000.00", "11000.00", "0", "0");

        ClaimSummary reversed =
                as.call("finance", () -> claims.reversePayment(paid.id(), paid.version(), "saisie erronée"));
        assertKept(id, "12000.00", "0", "12000.00", "0");

        as.run(
                "finance",
                () -> claims.recordPayment(
                        reversed.id(), reversed.version(), new PaymentInput(eur("12000.00"), today)));
        assertKept(id, "12000.00", "12000.00", "0", "0");

        // the actual expense makes the final grant 5 000: 7 000 kept beyond it, 4 000 paid back now
        as.run(
                "officer",
                () -> claims.updateTerms(
                        id,
                        0,
                        new TermsInput(null, null, null, null, false, null, eur("200000.00"), eur("10000.00"), today)));
        as.run("finance", () -> claims.recordRepayment(id, new RepaymentInput(eur("4000.00"), today, "solde")));
        assertKept(id, "12000.00", "12000.00", "0", "4000.00");
    }

    @Test
    void aGiftPaidInOneGoIsClaimedAndCashed() {
        CommitmentDetails gift = fx.awarded(
                fx.partner(PartnerType.COMPANY),
                CommitmentKind.SPONSORSHIP,
                null,
                "3000.00",
                "3000.00",
                DossierDates.NONE);
        as.run("finance", () -> claims.recordGift(gift.id(), new PaymentInput(eur("2500.00"), LocalDate.now(clock))));
        assertKept(gift.id(), "2500.00", "2500.00", "0", "0");
    }

    @Test
    void anImportedCommitmentWithCashReceivedKeepsItsTotals() {
        long partnerId = fx.partner(PartnerType.COMPANY);
        String name =
                as.call("viewer", () -> partners.get(partnerId)).orElseThrow().name();
        String code = fx.project("Import totaux", "50000.00").code();
        var row = new fr.levier.partner.importing.ImportRow(
                1,
                Map.of(
                        fr.levier.partner.importing.ImportField.COMMITMENT_PARTNER, name,
                        fr.levier.partner.importing.ImportField.COMMITMENT_PROJECT, code,
                        fr.levier.partner.importing.ImportField.COMMITMENT_KIND, "SPONSORSHIP",
                        fr.levier.partner.importing.ImportField.COMMITMENT_REQUESTED, "8000",
                        fr.levier.partner.importing.ImportField.COMMITMENT_AWARDED, "8000",
                        fr.levier.partner.importing.ImportField.COMMITMENT_CASHED, "3000",
                        fr.levier.partner.importing.ImportField.COMMITMENT_STATUS, "PARTIALLY_PAID",
                        fr.levier.partner.importing.ImportField.COMMITMENT_TITLE, "Don importé " + name));
        // cash received is recorded by finance: the import runs as someone with both rights
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "officer",
                        null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                "ROLE_OFFICER", "ROLE_FINANCE", "ROLE_VIEWER")));
        try {
            imports.run(List.of(row), java.util.Locale.FRENCH, true);
        } finally {
            context.setAuthentication(previous);
        }
        Long id = jdbc.queryForObject("select id from commitment where partner_id = ?", Long.class, partnerId);
        assertKept(id, "3000.00", "3000.00", "0", "0");
    }

    @Test
    void theDemoDataAndEveryOtherCommitmentKeepTheirTotals() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from commitment where claimed_total > 0 and cashed_total > 0", Long.class))
                .as("the demo data has paid claims")
                .isPositive();
        assertThat(jdbc.queryForList(MISMATCHES, Long.class)).isEmpty();
    }
}
