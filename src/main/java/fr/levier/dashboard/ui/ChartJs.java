package fr.levier.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.IntConsumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chart.js chart (from the webjar, no frontend build), drawn through {@code executeJs} from a
 * configuration built on the server; a click on a bar or slice calls back with its index.
 */
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.js")
class ChartJs extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String configJson;
    private final IntConsumer onClick;

    /**
     * @param config  the Chart.js configuration ({@code type}, {@code data}, {@code options}) as maps and lists
     * @param onClick called with the index of the clicked element, may be {@code null}
     */
    ChartJs(Object config, IntConsumer onClick) {
        this.configJson = JSON.writeValueAsString(config);
        this.onClick = onClick;
        addClassName("sc-chart-canvas");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                        const host = this;
                        if (host.__chart) { host.__chart.destroy(); }
                        host.innerHTML = '';
                        const canvas = document.createElement('canvas');
                        host.appendChild(canvas);
                        const config = JSON.parse($0);
                        config.options = config.options || {};
                        config.options.maintainAspectRatio = false;
                        config.options.onClick = (e, elements) => {
                          if (elements.length && host.$server) { host.$server.clicked(elements[0].index); }
                        };
                        config.options.onHover = (e, elements) => {
                          e.native.target.style.cursor = elements.length ? 'pointer' : 'default';
                        };
                        host.__chart = new Chart(canvas, config);
                        """, configJson);
    }

    @ClientCallable
    private void clicked(int index) {
        if (onClick != null) {
            onClick.accept(index);
        }
    }

    /** @return a dataset for Chart.js */
    static java.util.Map<String, Object> dataset(String label, List<?> data, Object colour) {
        return java.util.Map.of("label", label, "data", data, "backgroundColor", colour, "borderColor", colour);
    }
}
