package fr.levier.dashboard.api;

import fr.levier.dashboard.Indicator;
import fr.levier.dashboard.IndicatorKey;
import fr.levier.dashboard.Perspective;
import fr.levier.dashboard.Scorecard;
import fr.levier.dashboard.ScorecardService;
import fr.levier.dashboard.ServedScorecard;
import fr.levier.dashboard.TargetStatus;
import fr.levier.dashboard.TrendPoint;
import fr.levier.dashboard.TrendScale;
import fr.levier.dashboard.Unit;
import fr.levier.shared.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Balanced-Scorecard indicators for other tools (BI, intranet), and their yearly targets. */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Dashboard")
@PreAuthorize("hasRole('VIEWER')")
class DashboardController {

    private final ScorecardService scorecard;

    DashboardController(ScorecardService scorecard) {
        this.scorecard = scorecard;
    }

    /**
     * The scorecard.
     *
     * @param year       the year whose targets apply
     * @param asOf       the date the figures are computed at
     * @param computedAt when the figures were computed (the dashboard serves a snapshot, ADR 011)
     * @param stale      whether data changed since (a recomputation is on its way)
     * @param indicators every indicator
     */
    record ScorecardDto(
            int year, LocalDate asOf, java.time.Instant computedAt, boolean stale, List<IndicatorDto> indicators) {}

    /**
     * One indicator.
     *
     * @param perspective    FINANCIAL, PARTNERS, PROCESS or LEARNING
     * @param key            stable key, e.g. {@code funds.raised.year}
     * @param unit           MONEY (euros), COUNT, RATIO, DAYS or PERCENT
     * @param higherIsBetter whether a value above the target is good
     * @param value          the value, {@code null} when it cannot be computed
     * @param target         the target of the year, {@code null} when none
     * @param status         GREEN, AMBER, RED or NONE against the target
     * @param trendScale     MONTHS (last 12), YEARS (last 5) or NONE
     * @param trend          oldest first
     * @param details        figures explaining the value
     * @param link           the application path of the list or report behind the figure
     */
    record IndicatorDto(
            Perspective perspective,
            String key,
            Unit unit,
            boolean higherIsBetter,
            BigDecimal value,
            BigDecimal target,
            TargetStatus status,
            TrendScale trendScale,
            List<TrendPoint> trend,
            Map<String, BigDecimal> details,
            String link) {

        static IndicatorDto of(Indicator i) {
            IndicatorKey k = i.key();
            return new IndicatorDto(
                    k.perspective(),
                    k.key(),
                    k.unit(),
                    k.higherIsBetter(),
                    i.value(),
                    i.target(),
                    i.status(),
                    k.trendScale(),
                    i.trend(),
                    i.details(),
                    i.link() == null ? null : "/" + i.link());
        }
    }

    /**
     * A target to set.
     *
     * @param value the target, {@code null} to remove it
     */
    record TargetInput(
            @DecimalMin("0") @Digits(integer = 17, fraction = 2)
            BigDecimal value) {}

    @GetMapping
    @Operation(
            summary = "Every indicator of the Balanced Scorecard: perspective, key, value, target, colour and trend",
            description = "Figures from SQL aggregates; the financial ones are the funding reports' figures."
                    + " Optional perspective filter and date (default today).")
    ScorecardDto get(
            @Parameter(description = "Only this perspective") @RequestParam(required = false) Perspective perspective,
            @Parameter(description = "Compute at this date (yyyy-MM-dd), default today")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date) {
        ServedScorecard served = date == null
                ? scorecard.served()
                : new ServedScorecard(scorecard.scorecardAt(date), java.time.Instant.now(), false);
        Scorecard s = served.scorecard();
        return new ScorecardDto(
                s.year(),
                s.asOf(),
                served.computedAt(),
                served.stale(),
                s.indicators().stream()
                        .filter(i -> perspective == null || i.perspective() == perspective)
                        .map(IndicatorDto::of)
                        .toList());
    }

    @GetMapping("/targets/{year}")
    @Operation(summary = "The targets set for a year, by indicator key")
    Map<String, BigDecimal> targets(@PathVariable int year) {
        Map<String, BigDecimal> out = new java.util.TreeMap<>();
        scorecard.targets(year).forEach((k, v) -> out.put(k.key(), v));
        return out;
    }

    @PutMapping("/targets/{year}/{key}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set (or with a null value remove) the target of an indicator for a year (administrators)")
    ResponseEntity<Void> setTarget(
            @PathVariable int year, @PathVariable String key, @Valid @RequestBody TargetInput input) {
        IndicatorKey indicator =
                IndicatorKey.byKey(key).orElseThrow(() -> new NotFoundException("Unknown indicator: " + key));
        scorecard.setTarget(indicator, year, input.value());
        return ResponseEntity.noContent().build();
    }
}
