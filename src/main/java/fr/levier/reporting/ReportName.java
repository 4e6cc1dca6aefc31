package fr.levier.reporting;

import java.util.Arrays;
import java.util.Optional;

/** The funding reports, with the name used in URLs and the API ({@code /api/reports/{slug}}). */
public enum ReportName {
    /** Per project: plan columns, city share, leverage, floor and lapse flags. */
    FUNDING_BY_PROJECT("funding-by-project"),
    /** Per partner (funder): plan columns for the commitments of the period. */
    FUNDING_BY_PARTNER("funding-by-partner"),
    /** Per funder type (State, Région, Département, EU, agencies, private…). */
    FUNDING_BY_FUNDER_TYPE("funding-by-funder-type"),
    /** Claims sent and not cashed by age band, awarded not yet claimed, grants at risk of lapse. */
    RECEIVABLES_AGING("receivables-aging"),
    /** Expected cash-in by month. */
    CASH_FORECAST("cash-forecast"),
    /** Mécénat gifts received in the period, one line per receipt. */
    MECENAT_RECEIPTS("mecenat-receipts"),
    /** Lapse, funder and reporting deadlines in the period, by officer. */
    DEADLINES("deadlines");

    private final String slug;

    ReportName(String slug) {
        this.slug = slug;
    }

    /** @return the name used in URLs, e.g. {@code funding-by-project} */
    public String slug() {
        return slug;
    }

    /** @return the report with that URL name */
    public static Optional<ReportName> ofSlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
