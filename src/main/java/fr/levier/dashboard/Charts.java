package fr.levier.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The data of the scorecard's four charts.
 *
 * @param fundingByFunderType     awarded partner money per funder type (partner type name), loans excluded
 * @param pipeline                commitments per status
 * @param monthlyCashIn           cash received per month over the last 12 months
 * @param instructionMedianByYear median instruction days per year over the last 5 years
 * @param instructionByFunderType median instruction days per funder type and year
 */
public record Charts(
        Map<String, BigDecimal> fundingByFunderType,
        List<PipelineStep> pipeline,
        List<TrendPoint> monthlyCashIn,
        List<TrendPoint> instructionMedianByYear,
        Map<String, List<TrendPoint>> instructionByFunderType) {}
