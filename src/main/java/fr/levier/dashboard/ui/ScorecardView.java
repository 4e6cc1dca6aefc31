package fr.levier.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.dashboard.Charts;
import fr.levier.dashboard.Indicator;
import fr.levier.dashboard.Perspective;
import fr.levier.dashboard.PipelineStep;
import fr.levier.dashboard.Scorecard;
import fr.levier.dashboard.ScorecardService;
import fr.levier.dashboard.ServedScorecard;
import fr.levier.dashboard.TrendPoint;
import fr.levier.funding.CommitmentStatus;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Balanced Scorecard, management's home: four perspectives of indicators (value, target of the
 * year, colour, trend), each linking to the list or report behind it, and four Chart.js charts.
 */
@Route("dashboard")
@Menu(title = "nav.scorecard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed(Role.VIEWER_NAME)
@StyleSheet("context://app/styles/dashboard.css")
public class ScorecardView extends VerticalLayout implements HasDynamicTitle {

    static final String[] PALETTE = {
        "#1d4e89", "#f2b134", "#2e7d32", "#c62828", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#546e7a", "#ad1457",
        "#9e9d24"
    };

    private final ScorecardService service;
    private final boolean admin;
    private final Div body = new Div();

    ScorecardView(ScorecardService service, AuthenticationContext auth) {
        this.service = service;
        this.admin = auth.hasRole(Role.ADMIN_NAME);
        setWidthFull();
        body.setWidthFull();
        add(body);
        render();
    }

    private void render() {
        body.removeAll();
        render(service.served());
    }

    private void render(ServedScorecard served) {
        body.removeAll();
        Scorecard s = served.scorecard();
        H2 heading = new H2(getTranslation("dashboard.scorecard.heading", String.valueOf(s.year())));
        heading.setId("home-hello");
        Span asOf = new Span(
                getTranslation("dashboard.scorecard.asOf", FrenchFormats.date(s.asOf()), String.valueOf(s.year())));
        asOf.addClassName("sc-asof");
        // the figures are a snapshot (ADR 011): when they were computed, and a button to compute them now
        Span computed = new Span(getTranslation(
                served.stale() ? "dashboard.scorecard.computedAtStale" : "dashboard.scorecard.computedAt",
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                        .format(served.computedAt().atZone(java.time.ZoneId.of("Europe/Paris")))));
        computed.addClassName("sc-asof");
        computed.setId("scorecard-computed-at");
        Button refresh = new Button(
                getTranslation("dashboard.scorecard.refresh"),
                VaadinIcon.REFRESH.create(),
                e -> render(service.refresh()));
        refresh.setId("scorecard-refresh");
        Button myDay = new Button(
                getTranslation("dashboard.scorecard.switch.myday"),
                VaadinIcon.CALENDAR_USER.create(),
                e -> HomeView.switchTo(MyDayView.class));
        myDay.setId("switch-my-day");
        Div header = new Div(heading, asOf, computed, refresh, myDay);
        header.addClassName("sc-header");
        if (admin) {
            Button targets = new Button(
                    getTranslation("dashboard.scorecard.editTargets"),
                    VaadinIcon.CROSSHAIRS.create(),
                    e -> new TargetDialog(service, s, this::render).open());
            targets.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            targets.setId("edit-targets");
            header.add(targets);
        }
        body.add(header);
        for (Perspective p : Perspective.values()) {
            Div grid = new Div();
            grid.addClassName("sc-grid");
            s.of(p).forEach(i -> grid.add(card(i)));
            Div section = new Div(new H3(getTranslation("dashboard.perspective." + p.name())), grid);
            section.addClassName("sc-perspective");
            section.setId("perspective-" + p.name().toLowerCase());
            body.add(section);
        }
        body.add(charts(s.charts()));
    }

    private Component card(Indicator i) {
        String key = i.key().key();
        Span label = new Span(getTranslation("dashboard.indicator." + key));
        label.addClassName("sc-label");
        Span value = new Span(IndicatorFormat.format(this, i.key().unit(), i.value()));
        value.addClassName("sc-value");
        value.setId("value-" + key.replace('.', '-'));
        Span target = new Span(
                i.target() == null
                        ? getTranslation("dashboard.scorecard.noTarget")
                        : getTranslation(
                                "dashboard.scorecard.target",
                                IndicatorFormat.format(this, i.key().unit(), i.target())));
        Span badge =
                new Span(getTranslation("dashboard.targetStatus." + i.status().name()));
        badge.addClassNames("sc-badge", "sc-" + i.status().name());
        Div meta = new Div(target, badge);
        meta.addClassName("sc-meta");
        List<Component> parts = new ArrayList<>(List.of(label, value, meta));
        if (!i.details().isEmpty()) {
            List<String> texts = new ArrayList<>();
            i.details()
                    .forEach((k, v) -> texts.add(getTranslation(
                            "dashboard.detail." + k,
                            v == null ? IndicatorFormat.NONE : IndicatorFormat.format(this, detailUnit(i, k), v))));
            Span details = new Span(String.join(" · ", texts));
            details.addClassName("sc-details");
            parts.add(details);
        }
        if (!i.trend().isEmpty()) {
            parts.add(Sparkline.of(i.trend(), getTranslation("dashboard.scorecard.trend")));
        }
        Component card;
        if (i.link() != null) {
            Anchor a = new Anchor(i.link(), parts.toArray(Component[]::new));
            card = a;
        } else {
            card = new Div(parts.toArray(Component[]::new));
        }
        card.getElement().setAttribute("title", getTranslation("dashboard.definition." + key));
        card.getElement().getClassList().add("sc-card");
        card.getElement().getClassList().add("sc-" + i.status().name());
        card.setId("indicator-" + key.replace('.', '-'));
        return card;
    }

    private static fr.levier.dashboard.Unit detailUnit(Indicator i, String detailKey) {
        return switch (detailKey) {
            case "investment", "cityMoney" -> fr.levier.dashboard.Unit.MONEY;
            case "lastYear", "thisYear" -> fr.levier.dashboard.Unit.DAYS;
            default -> fr.levier.dashboard.Unit.COUNT;
        };
    }

    private Component charts(Charts c) {
        Div charts = new Div();
        charts.addClassName("sc-charts");
        charts.setId("scorecard-charts");

        List<String> types = new ArrayList<>(c.fundingByFunderType().keySet());
        charts.add(chart(
                "chart-funding-by-type",
                "dashboard.chart.fundingByType",
                Map.of(
                        "type",
                        "doughnut",
                        "data",
                        Map.of(
                                "labels",
                                types.stream()
                                        .map(t -> getTranslation("partnerType." + t))
                                        .toList(),
                                "datasets",
                                List.of(ChartJs.dataset(
                                        getTranslation("dashboard.chart.amount"),
                                        List.copyOf(c.fundingByFunderType().values()),
                                        List.of(PALETTE)))),
                        "options",
                        Map.of("plugins", Map.of("legend", Map.of("position", "right")))),
                index -> navigate("reports/funding-by-funder-type")));

        List<PipelineStep> steps = c.pipeline().stream()
                .sorted(java.util.Comparator.comparing(p -> CommitmentStatus.valueOf(p.status())))
                .toList();
        charts.add(chart(
                "chart-pipeline",
                "dashboard.chart.pipeline",
                Map.of(
                        "type",
                        "bar",
                        "data",
                        Map.of(
                                "labels",
                                steps.stream()
                                        .map(p -> getTranslation("commitmentStatus." + p.status()))
                                        .toList(),
                                "datasets",
                                List.of(ChartJs.dataset(
                                        getTranslation("dashboard.chart.count"),
                                        steps.stream().map(PipelineStep::count).toList(),
                                        PALETTE[0]))),
                        "options",
                        Map.of("plugins", Map.of("legend", Map.of("display", false)))),
                index -> navigate("commitments?status=" + steps.get(index).status())));

        charts.add(chart(
                "chart-cash-in",
                "dashboard.chart.cashIn",
                Map.of(
                        "type",
                        "bar",
                        "data",
                        Map.of(
                                "labels",
                                c.monthlyCashIn().stream()
                                        .map(p -> monthLabel(p.period()))
                                        .toList(),
                                "datasets",
                                List.of(ChartJs.dataset(
                                        getTranslation("dashboard.chart.amount"),
                                        values(c.monthlyCashIn()),
                                        PALETTE[2]))),
                        "options",
                        Map.of("plugins", Map.of("legend", Map.of("display", false)))),
                index -> navigate("reports/funding-by-project")));

        List<Object> lines = new ArrayList<>();
        lines.add(line(getTranslation("dashboard.chart.all"), values(c.instructionMedianByYear()), PALETTE[0], 3));
        int colour = 1;
        for (var e : c.instructionByFunderType().entrySet()) {
            lines.add(line(
                    getTranslation("partnerType." + e.getKey()),
                    values(e.getValue()),
                    PALETTE[colour++ % PALETTE.length],
                    1));
        }
        charts.add(chart(
                "chart-instruction",
                "dashboard.chart.instruction",
                Map.of(
                        "type",
                        "line",
                        "data",
                        Map.of(
                                "labels",
                                c.instructionMedianByYear().stream()
                                        .map(TrendPoint::period)
                                        .toList(),
                                "datasets",
                                lines),
                        "options",
                        Map.of("spanGaps", true)),
                index -> navigate("commitments")));
        return charts;
    }

    /** {@code 2026-03} → {@code mars 2026} in the user's language. */
    private String monthLabel(String period) {
        java.time.YearMonth m = java.time.YearMonth.parse(period);
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()) + " " + m.getYear();
    }

    private static Map<String, Object> line(String label, List<Object> data, String colour, int width) {
        return Map.of(
                "label", label, "data", data, "borderColor", colour, "backgroundColor", colour, "borderWidth", width);
    }

    /** Chart.js wants numbers and nulls (gaps), in a list that allows nulls. */
    private static List<Object> values(List<TrendPoint> points) {
        List<Object> out = new ArrayList<>();
        for (TrendPoint p : points) {
            BigDecimal v = p.value();
            out.add(v == null ? null : v.doubleValue());
        }
        return out;
    }

    private Component chart(String id, String titleKey, Object config, java.util.function.IntConsumer onClick) {
        Div box = new Div(new H4(getTranslation(titleKey)), new ChartJs(config, onClick));
        box.addClassName("sc-chart");
        box.setId(id);
        return box;
    }

    /** Navigates to an application path that may carry a query string ({@code commitments?status=AWARDED}). */
    private void navigate(String location) {
        int q = location.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(
                q < 0 ? location : location.substring(0, q),
                q < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(q + 1))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.scorecard.title");
    }
}
