package fr.levier.dashboard.ui;

import com.vaadin.flow.component.html.Image;
import fr.levier.dashboard.TrendPoint;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** A small trend line drawn as an SVG image on the server (no script, cheap for 20 cards). */
final class Sparkline {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 28;

    private Sparkline() {}

    static Image of(List<TrendPoint> trend, String alt) {
        List<BigDecimal> values =
                trend.stream().map(TrendPoint::value).filter(v -> v != null).toList();
        StringBuilder svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("' preserveAspectRatio='none'>");
        if (values.size() > 1) {
            double min =
                    values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double max =
                    values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            double span = max - min == 0 ? 1 : max - min;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                double x = i * (WIDTH - 4.0) / (values.size() - 1) + 2;
                double y = HEIGHT - 3 - (values.get(i).doubleValue() - min) / span * (HEIGHT - 6);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline fill='none' stroke='%231d4e89' stroke-width='2' points='")
                    .append(points.toString().trim())
                    .append("'/>");
        }
        svg.append("</svg>");
        String data = Base64.getEncoder()
                .encodeToString(svg.toString().replace("%23", "#").getBytes(StandardCharsets.UTF_8));
        Image image = new Image("data:image/svg+xml;base64," + data, alt);
        image.addClassName("sc-spark");
        return image;
    }
}
