package fr.levier.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Where the financial perspective takes its figures. One implementation is active; its figures must
 * be the reports' figures (the scorecard and the finance reports never disagree).
 */
interface FinancialSource {

    /** Partner money awarded by decisions from {@code from} to {@code to}, loans excluded. */
    BigDecimal awarded(LocalDate from, LocalDate to);

    /** The same per month of decision. */
    Map<YearMonth, BigDecimal> awardedByMonth(LocalDate from, LocalDate to);

    /** Partner money cashed from {@code from} to {@code to}, loans excluded. */
    BigDecimal cashed(LocalDate from, LocalDate to);

    /** The same per month of cashing. */
    Map<YearMonth, BigDecimal> cashedByMonth(LocalDate from, LocalDate to);

    /** Awarded money not yet cashed on grants with an overdue lapse deadline. */
    BigDecimal amountAtRisk(LocalDate today);

    /** The portfolio's leverage (partner money ÷ city money), {@code null} without city money. */
    BigDecimal leverage();

    /** Awarded partner money per funder type. */
    Map<String, BigDecimal> awardedByFunderType();

    /**
     * @param key a financial indicator
     * @return the route of the list or report behind it
     */
    String link(IndicatorKey key);
}
