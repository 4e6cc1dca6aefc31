package fr.levier.funding;

import fr.levier.project.ChefDeFileField;
import fr.levier.project.FloorExemption;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Participation minimale du maître d'ouvrage (CGCT art. L1111-10 III), as the préfecture reads it: the
 * city's own money must be at least {@code rate × total public funding of the project, city included}
 * ("20 % du montant total des financements apportés par des personnes publiques"), rounded up to the cent.
 * The rate is 20 %, 30 % when the operation falls in a field where a collectivité is chef de file (CGCT
 * L1111-9) unless a CTEC sets another rate. Typed exemptions lift the floor (the margin is still shown).
 * The total public funding, city included, may not exceed the eligible expense (décret 2018-514 art. 10).
 * When the floor is broken both ways out are given in euros. Plain rule: no framework, euros, 2 decimals.
 */
public final class SelfFinancingFloor {

    /** The usual floor: 20 %. */
    public static final BigDecimal OWNER_RATE = new BigDecimal("0.20");
    /** The floor in a chef de file field: 30 %. */
    public static final BigDecimal CHEF_DE_FILE_RATE = new BigDecimal("0.30");

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private SelfFinancingFloor() {}

    /** Outcome of the floor check. */
    public enum Status {
        /** The city does not own the project: no floor. */
        NOT_APPLICABLE,
        /** An exemption applies. */
        EXEMPT,
        /** The city pays at least the floor. */
        MET,
        /** The city pays less than the floor. */
        BROKEN
    }

    /** Where the rate comes from. */
    public enum RateSource {
        /** 20 %, the general case. */
        GENERAL,
        /** 30 %, a chef de file field (CGCT L1111-9). */
        CHEF_DE_FILE,
        /** The rate set by a CTEC for that field. */
        CTEC
    }

    /**
     * The rate that applies.
     *
     * @param field    the chef de file field of the operation, {@code null} when none
     * @param ctecRate the rate a CTEC sets for that field, {@code null} when none
     * @return the rate: the CTEC's when a field and a CTEC rate are recorded, 30 % in a field, 20 % otherwise
     */
    public static BigDecimal rate(ChefDeFileField field, BigDecimal ctecRate) {
        return switch (rateSource(field, ctecRate)) {
            case GENERAL -> OWNER_RATE;
            case CHEF_DE_FILE -> CHEF_DE_FILE_RATE;
            case CTEC -> ctecRate;
        };
    }

    /** @return where the rate comes from, see {@link #rate} */
    public static RateSource rateSource(ChefDeFileField field, BigDecimal ctecRate) {
        if (field == null) {
            return RateSource.GENERAL;
        }
        return ctecRate == null ? RateSource.CHEF_DE_FILE : RateSource.CTEC;
    }

    /**
     * The exemption that applies.
     *
     * @param recorded   the exemption recorded on the project (with its decision), {@code null} when none
     * @param anruFunded the ANRU funds the operation (live commitment on the ANRU programme)
     * @return the recorded exemption, else urban renewal when the ANRU funds the operation, else {@code null}
     */
    public static FloorExemption exemption(FloorExemption recorded, boolean anruFunded) {
        if (recorded != null) {
            return recorded;
        }
        return anruFunded ? FloorExemption.URBAN_RENEWAL : null;
    }

    /**
     * What the rule looks at.
     *
     * @param cityOwner       the city owns the project
     * @param rate            the rate from {@link #rate}
     * @param exemption       the exemption from {@link #exemption}, {@code null} when none
     * @param cityAmount      the city's own contribution (its borrowing included)
     * @param otherPublic     the other public funders' money (grants and PPP; loans excluded)
     * @param eligibleExpense the eligible expense, {@code null} when unknown
     */
    public record Input(
            boolean cityOwner,
            BigDecimal rate,
            FloorExemption exemption,
            BigDecimal cityAmount,
            BigDecimal otherPublic,
            BigDecimal eligibleExpense) {}

    /**
     * The rule's result.
     *
     * @param status             the floor's outcome
     * @param rate               the floor applied, {@code null} when not applicable
     * @param exemption          the exemption applied, {@code null} when none
     * @param totalPublic        city + other public funders
     * @param cityShare          the city's share of the total public funding in percent, {@code null} on zero
     * @param minimumCity        rate × total public, rounded up to the cent, {@code null} when not applicable
     * @param margin             city amount − minimum (negative when broken), {@code null} when not applicable
     * @param takeOverFromOthers when broken (not exempt): what the city must take over from the other public funders, the
     *                           total unchanged; {@code null} otherwise
     * @param addCityMoney       when broken: what the city must add with the others unchanged; {@code null}
     *                           otherwise or when the rate makes it impossible
     * @param addCityKeepsAidWithinEligible whether adding that money keeps total public ≤ eligible expense
     * @param aidWithinEligible  total public (city included) ≤ eligible expense (true when the expense is unknown)
     * @param aidMargin          eligible expense − total public, {@code null} when the expense is unknown
     */
    @Schema(
            name = "SelfFinancingFloorResult",
            description = "The self-financing floor check of a project (CGCT L1111-10 III)")
    public record Result(
            Status status,
            BigDecimal rate,
            FloorExemption exemption,
            BigDecimal totalPublic,
            BigDecimal cityShare,
            BigDecimal minimumCity,
            BigDecimal margin,
            BigDecimal takeOverFromOthers,
            BigDecimal addCityMoney,
            boolean addCityKeepsAidWithinEligible,
            boolean aidWithinEligible,
            BigDecimal aidMargin) {

        /** @return whether any part of the rule is broken */
        public boolean broken() {
            return status == Status.BROKEN || !aidWithinEligible;
        }
    }

    /**
     * Evaluates the rule.
     *
     * @param in the amounts and terms
     * @return the result
     */
    public static Result evaluate(Input in) {
        BigDecimal city = money(in.cityAmount());
        BigDecimal others = money(in.otherPublic());
        BigDecimal total = city.add(others);
        BigDecimal share =
                total.signum() == 0 ? null : city.multiply(new BigDecimal(100)).divide(total, 2, RoundingMode.HALF_UP);
        BigDecimal eligible = in.eligibleExpense() == null ? null : money(in.eligibleExpense());
        BigDecimal aidMargin = eligible == null ? null : eligible.subtract(total);
        boolean aidOk = aidMargin == null || aidMargin.signum() >= 0;
        if (!in.cityOwner()) {
            return new Result(
                    Status.NOT_APPLICABLE, null, null, total, share, null, null, null, null, true, aidOk, aidMargin);
        }
        BigDecimal rate = in.rate() == null ? OWNER_RATE : in.rate();
        BigDecimal minimum = minimum(rate, total);
        BigDecimal margin = city.subtract(minimum);
        Status status = in.exemption() != null ? Status.EXEMPT : margin.signum() >= 0 ? Status.MET : Status.BROKEN;
        BigDecimal takeOver = null;
        BigDecimal add = null;
        boolean addKeepsAid = true;
        if (status == Status.BROKEN) {
            // the total is unchanged, so is the minimum: the city takes over exactly what it lacks
            takeOver = margin.negate();
            BigDecimal needed = cityNeededWithOthers(rate, others);
            add = needed == null ? null : needed.subtract(city);
            addKeepsAid =
                    needed != null && (eligible == null || needed.add(others).compareTo(eligible) <= 0);
        }
        return new Result(
                status,
                rate,
                in.exemption(),
                total,
                share,
                minimum,
                margin,
                takeOver,
                add,
                addKeepsAid,
                aidOk,
                aidMargin);
    }

    /** @return rate × total public, rounded up to the cent */
    static BigDecimal minimum(BigDecimal rate, BigDecimal totalPublic) {
        return totalPublic.multiply(rate).setScale(2, RoundingMode.CEILING);
    }

    /**
     * The least city money c with the others' money A unchanged such that c ≥ ⌈rate × (c + A)⌉: starts from
     * rate × A / (1 − rate) rounded up and steps by a cent while the rounded-up minimum is not met.
     */
    private static BigDecimal cityNeededWithOthers(BigDecimal rate, BigDecimal others) {
        if (rate.compareTo(BigDecimal.ONE) >= 0) {
            return null;
        }
        BigDecimal c = others.multiply(rate).divide(BigDecimal.ONE.subtract(rate), 2, RoundingMode.CEILING);
        while (c.compareTo(minimum(rate, c.add(others))) < 0) {
            c = c.add(CENT);
        }
        return c;
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.HALF_UP);
    }
}
