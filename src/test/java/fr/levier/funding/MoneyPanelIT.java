package fr.levier.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.BrowserTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: the commitment page shows the final grant, the amount to repay and the late start, by value. */
class MoneyPanelIT extends BrowserTest {

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    ClaimService claims;

    @Autowired
    MecenatReceiptService receipts;

    @Autowired
    Clock clock;

    /** The amount as the screen writes it, any kind of space matching (Playwright runs the regex in the browser). */
    private static String eur(BigDecimal v) {
        return FrenchFormats.money(v, Locale.FRENCH).replaceAll("[\\s\u202f\u00a0]", "\\\\s");
    }

    @Test
    void theCommitmentPageShowsTheFinalGrantTheRepaymentDueAndALateStart() {
        LocalDate today = LocalDate.now(clock);
        BigDecimal award = new BigDecimal("90000.00");
        BigDecimal subsidised = new BigDecimal("270000.00");
        BigDecimal actual = new BigDecimal("150000.00");
        BigDecimal received = new BigDecimal("72000.00");
        // notified 2 years and 2 months ago, started 10 days ago: late
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "90000.00",
                "90000.00",
                new DossierDates(
                        null,
                        today.minusYears(3),
                        null,
                        null,
                        today.minusYears(2).minusMonths(2),
                        null,
                        today.minusDays(10),
                        null));
        as.run(
                "officer",
                () -> claims.updateTerms(
                        c.id(), 0, new TermsInput(null, null, null, null, false, 24, subsidised, null, null)));
        ClaimSummary k = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.INTERIM,
                                received,
                                today.minusDays(3),
                                ClaimStatus.SENT,
                                EnumSet.noneOf(SupportingDocument.class))));
        as.run("finance", () -> claims.recordPayment(k.id(), k.version(), new PaymentInput(received, today)));
        long termsVersion = as.call("viewer", () -> claims.terms(c.id())).version();
        as.run(
                "officer",
                () -> claims.updateTerms(
                        c.id(),
                        termsVersion,
                        new TermsInput(null, null, null, null, false, 24, subsidised, actual, today)));
        BigDecimal finalGrant = award.multiply(actual).divide(subsidised, 2, RoundingMode.FLOOR);
        BigDecimal toRepay = received.subtract(finalGrant);

        loginAs("finance", "levier-demo-2026");
        page.navigate(url("commitments/" + c.id()));
        assertThat(page.locator("#settlement-final"))
                .hasText(Pattern.compile("Subvention définitive : " + eur(finalGrant)));
        assertThat(page.locator("#settlement-to-repay")).hasText(Pattern.compile("À reverser : " + eur(toRepay)));
        assertThat(page.locator("#settlement-received")).hasText(Pattern.compile("Encaissé : " + eur(received)));
        assertThat(page.locator("#commitment-rules")).containsText("Démarrage enregistré après la date limite");
        assertThat(page.locator("#commitment-rules")).containsText("R2334-24");
        screenshot("commitment-money");
    }

    @Test
    void aGiftReceivedShowsItsNumberedReceiptWithTheAmountInWords() {
        LocalDate today = LocalDate.now(clock);
        CommitmentDetails gift = fx.awarded(
                fx.partner(PartnerType.COMPANY), CommitmentKind.MECENAT, null, "1250.00", "1250.00", DossierDates.NONE);
        as.run("finance", () -> claims.recordGift(gift.id(), new PaymentInput(new BigDecimal("1250.00"), today)));
        loginAs("finance", "levier-demo-2026");
        page.navigate(url("commitments/" + gift.id()));
        page.locator(".receipt-issue").first().click();
        assertThat(page.locator("#commitment-receipts")).containsText("Reçu n° ");
        ReceiptSummary r = as.call("viewer", () -> receipts.receipts(gift.id())).getFirst();
        assertThat(page.locator("#commitment-receipts")).containsText("Reçu n° " + r.reference());
        assertThat(page.locator("#commitment-receipts")).containsText("mille deux cent cinquante euros");
        assertThat(page.locator(".receipt-issue")).hasCount(0);
        screenshot("commitment-receipts");
    }
}
