package fr.levier.project;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What decides the owner's minimum participation of a project (CGCT L1111-10 III) and its FCTVA base.
 *
 * @param chefDeFileField    field where a collectivité is chef de file (L1111-9), {@code null} when none: 30 %
 * @param ctecRate           rate set by a CTEC for that field (e.g. 0.20), {@code null} when none
 * @param ctecReference      the CTEC's reference, required with a CTEC rate
 * @param exemption          a recorded exemption, {@code null} when none
 * @param exemptionReference reference of the préfet's decision (or of the ANRU convention)
 * @param exemptionDecidedOn date of that decision
 * @param fctvaBaseInclTax   eligible expense TTC for the FCTVA, {@code null} when not eligible or unknown
 */
public record FloorTerms(
        ChefDeFileField chefDeFileField,

        @DecimalMin("0.00") @DecimalMax("1.00") @Digits(integer = 1, fraction = 4)
        BigDecimal ctecRate,

        @Size(max = 200) String ctecReference,
        FloorExemption exemption,
        @Size(max = 200) String exemptionReference,
        LocalDate exemptionDecidedOn,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal fctvaBaseInclTax) {

    /** No chef de file field, no CTEC, no exemption, no FCTVA. */
    public static final FloorTerms NONE = new FloorTerms(null, null, null, null, null, null, null);

    /** @return these terms for a chef de file field */
    public FloorTerms withChefDeFile(ChefDeFileField field, BigDecimal rate, String reference) {
        return new FloorTerms(
                field, rate, reference, exemption, exemptionReference, exemptionDecidedOn, fctvaBaseInclTax);
    }

    /** @return these terms with an exemption */
    public FloorTerms withExemption(FloorExemption type, String reference, LocalDate decidedOn) {
        return new FloorTerms(chefDeFileField, ctecRate, ctecReference, type, reference, decidedOn, fctvaBaseInclTax);
    }

    /** @return these terms with an FCTVA base */
    public FloorTerms withFctvaBase(BigDecimal base) {
        return new FloorTerms(
                chefDeFileField, ctecRate, ctecReference, exemption, exemptionReference, exemptionDecidedOn, base);
    }
}
