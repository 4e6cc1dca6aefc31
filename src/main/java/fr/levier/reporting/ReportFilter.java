package fr.levier.reporting;

import fr.levier.partner.PartnerType;
import java.time.LocalDate;

/**
 * Criteria shared by every report; {@code null} means "any". The period selects commitments by their
 * reference date (notification, else decision, submission or opening date) in the amount reports, the
 * claims by their dates in the aging and forecast reports, receipts by the date the gift was received and
 * deadlines by their date.
 *
 * @param from       first day of the period, inclusive
 * @param to         last day of the period, inclusive
 * @param projectId  only money allocated to this project
 * @param partnerId  only this funder
 * @param funderType only funders of this type
 * @param officer    only projects followed by this officer (username)
 */
public record ReportFilter(
        LocalDate from, LocalDate to, Long projectId, Long partnerId, PartnerType funderType, String officer) {

    /** No criteria: everything. */
    public static final ReportFilter ALL = new ReportFilter(null, null, null, null, null, null);

    /**
     * The fiscal year (exercice), 1 January to 31 December in French local authorities.
     *
     * @param year the year
     * @return a filter on that year only
     */
    public static ReportFilter ofYear(int year) {
        return ALL.withPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** @return the same filter on another period */
    public ReportFilter withPeriod(LocalDate from, LocalDate to) {
        return new ReportFilter(from, to, projectId, partnerId, funderType, officer);
    }

    /** @return the same filter on one project */
    public ReportFilter withProject(Long projectId) {
        return new ReportFilter(from, to, projectId, partnerId, funderType, officer);
    }

    /** @return the same filter on one funder */
    public ReportFilter withPartner(Long partnerId) {
        return new ReportFilter(from, to, projectId, partnerId, funderType, officer);
    }

    /** @return the same filter on one funder type */
    public ReportFilter withFunderType(PartnerType funderType) {
        return new ReportFilter(from, to, projectId, partnerId, funderType, officer);
    }

    /** @return the same filter on one officer's projects */
    public ReportFilter withOfficer(String officer) {
        return new ReportFilter(from, to, projectId, partnerId, funderType, officer);
    }
}
