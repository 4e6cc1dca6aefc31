package fr.levier.funding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of an award the officer records from the decision and the convention.
 *
 * @param startExtendedTo       the start deadline as extended by the funder (date granted, at most one year later)
 * @param completionExtendedTo  the completion deadline as extended (date granted; at most two years later for DETR/DSIL)
 * @param startAllowedFrom      the funder allows the start from this date (else from the request received)
 * @param advancePct            advance rate the funder allowed, % of the award (default: the programme's, up to 60 with a guarantee)
 * @param advanceGuarantee      a guarantee backs an advance above the default rate
 * @param operationMonths       planned length of the operation in months (above 48: interim ceiling 90 %)
 * @param subsidisedExpense     expense the award was computed on (dépense subventionnable), for the grant rate
 * @param actualEligibleExpense actual eligible expense at completion, for the final payment
 * @param actualRecordedOn      when the actual expense was established
 */
public record TermsInput(
        LocalDate startExtendedTo,
        LocalDate completionExtendedTo,
        LocalDate startAllowedFrom,

        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal advancePct,

        Boolean advanceGuarantee,
        @Min(1) @Max(600) Integer operationMonths,

        @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2)
        BigDecimal subsidisedExpense,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal actualEligibleExpense,

        LocalDate actualRecordedOn) {

    /** No terms recorded. */
    public static final TermsInput NONE = new TermsInput(null, null, null, null, false, null, null, null, null);
}
