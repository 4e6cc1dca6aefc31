package fr.levier.funding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server-side: what was API-only is on screen — award terms, a repayment line, a payment reversal with
 * its reason — and the admin's programme catalogue, each change going through the real services.
 */
class MoneyViewsTest extends KaribuTest {

    @Autowired
    AsUser as;

    @Autowired
    FundingFixtures fx;

    @Autowired
    ClaimService claims;

    @Autowired
    ProgrammeCatalogueService catalogue;

    @Autowired
    Clock clock;

    private CommitmentDetails paidDsil(BigDecimal paid) {
        LocalDate today = LocalDate.now(clock);
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "100000.00",
                "100000.00",
                new DossierDates(
                        null,
                        today.minusMonths(8),
                        null,
                        null,
                        today.minusMonths(6),
                        null,
                        today.minusMonths(1),
                        null));
        ClaimSummary k = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.INTERIM,
                                paid,
                                today,
                                ClaimStatus.SENT,
                                EnumSet.noneOf(SupportingDocument.class))));
        as.run("finance", () -> claims.recordPayment(k.id(), k.version(), new PaymentInput(paid, today)));
        return c;
    }

    @Test
    void anOfficerRecordsTheAwardsTermsAndAnAdvanceAboveSixtyPercentIsRefusedOnItsField() {
        CommitmentDetails c = paidDsil(new BigDecimal("1000.00"));
        login("officer");
        navigate("commitments/" + c.id());
        setValue(_get(BigDecimalField.class, s -> s.withId("terms-subsidised")), new BigDecimal("250000.00"));
        setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("terms-months")), 60);
        _click(_get(Button.class, s -> s.withId("terms-save")));
        TermsSummary saved = as.call("viewer", () -> claims.terms(c.id()));
        assertThat(saved.terms().subsidisedExpense()).isEqualByComparingTo("250000.00");
        assertThat(saved.terms().operationMonths()).isEqualTo(60);

        navigate("commitments/" + c.id());
        BigDecimalField rate = _get(BigDecimalField.class, s -> s.withId("terms-advance-pct"));
        setValue(rate, new BigDecimal("35"));
        _click(_get(Button.class, s -> s.withId("terms-save")));
        // DSIL: no rate with a guarantee in the catalogue, and no guarantee ticked
        assertThat(rate.isInvalid()).isTrue();
        assertThat(as.call("viewer", () -> claims.terms(c.id())).terms().advancePct())
                .isNull();
    }

    @Test
    void financeReversesAPaymentWithAReasonAndRecordsARepaymentLine() {
        BigDecimal paid = new BigDecimal("1234.56");
        CommitmentDetails c = paidDsil(paid);
        ClaimSummary k = as.call("viewer", () -> claims.claims(c.id())).getFirst();
        login("finance");
        navigate("commitments/" + c.id());
        @SuppressWarnings("unchecked")
        Grid<ClaimSummary> claimsGrid = _get(Grid.class, s -> s.withId("claims-grid"));
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(claimsGrid, 0, "actions");
        _click(_get(actions, Button.class, s -> s.withClasses("claim-reverse")));
        setValue(_get(TextArea.class, s -> s.withId("reversal-reason")), "Versement saisi deux fois");
        _click(_get(Button.class, s -> s.withId("reversal-confirm")));
        Settlement after = as.call("viewer", () -> claims.settlement(c.id()));
        assertThat(after.received()).isZero();
        assertThat(after.lines()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo("REVERSAL");
            assertThat(l.amount()).isEqualByComparingTo(paid);
            assertThat(l.reason()).isEqualTo("Versement saisi deux fois");
        });
        assertThat(as.call("viewer", () -> claims.get(k.id())).status()).isEqualTo(ClaimStatus.SENT);
        navigate("commitments/" + c.id());
        _click(_get(Button.class, s -> s.withId("repayment-open")));
        setValue(_get(BigDecimalField.class, s -> s.withId("repayment-amount")), new BigDecimal("0.001"));
        setValue(_get(TextArea.class, s -> s.withId("repayment-reason")), "Titre de perception");
        _click(_get(Button.class, s -> s.withId("repayment-save")));
        BigDecimalField amount = _get(BigDecimalField.class, s -> s.withId("repayment-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).contains("2");
        assertThat(as.call("viewer", () -> claims.settlement(c.id())).repaid()).isZero();
    }

    @Test
    void anAdminReadsTheSourcesAndUnknownsAndEditsAProgramme() {
        String code = "K-" + FundingFixtures.unique().toUpperCase(Locale.ROOT);
        ProgrammeSummary p = as.call(
                "admin",
                () -> catalogue.create(new ProgrammeInput(
                        code,
                        "Programme Karibu",
                        false,
                        2,
                        4,
                        1,
                        null,
                        new BigDecimal("30"),
                        null,
                        null,
                        null,
                        "Convention")));
        login("admin");
        navigate("admin/programmes");
        @SuppressWarnings("unchecked")
        Grid<ProgrammeSummary> grid = _get(Grid.class, s -> s.withId("programme-grid"));
        int row = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, row))
                .anySatisfy(cell -> assertThat(cell).contains("non renseigné"));
        grid.select(GridKt._get(grid, row));
        setValue(_get(BigDecimalField.class, s -> s.withId("programme-cumulative")), new BigDecimal("20"));
        _click(_get(Button.class, s -> s.withId("programme-save")));
        assertThat(_get(BigDecimalField.class, s -> s.withId("programme-cumulative"))
                        .isInvalid())
                .isTrue();
        setValue(_get(BigDecimalField.class, s -> s.withId("programme-cumulative")), new BigDecimal("80"));
        setValue(_get(TextArea.class, s -> s.withId("programme-source")), "Convention 2026, art. 5");
        _click(_get(Button.class, s -> s.withId("programme-save")));
        ProgrammeSummary after = as.call("viewer", () -> catalogue.programme(p.id()));
        assertThat(after.cumulativeCeilingPct()).isEqualByComparingTo("80");
        assertThat(after.sourceText()).isEqualTo("Convention 2026, art. 5");
        assertThat(_get(TextField.class, s -> s.withId("programme-code")).isReadOnly())
                .isTrue();
    }
}
