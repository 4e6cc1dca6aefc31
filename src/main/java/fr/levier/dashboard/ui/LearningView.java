package fr.levier.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.dashboard.IndicatorKey;
import fr.levier.dashboard.LearningInput;
import fr.levier.dashboard.LearningRecord;
import fr.levier.dashboard.ScorecardService;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

/** The learning perspective's figures, recorded by hand by an administrator (training, MOOC, people trained). */
@Route("dashboard/learning")
@Menu(title = "nav.learning", order = 2, icon = "vaadin:academy-cap")
@RolesAllowed(Role.VIEWER_NAME)
@StyleSheet("context://app/styles/dashboard.css")
public class LearningView extends VerticalLayout implements HasDynamicTitle {

    /** The form's values. */
    static final class Draft {
        IndicatorKey indicator;
        LocalDate recordedOn;
        BigDecimal amount;
        String note;
    }

    private final ScorecardService service;
    private final Grid<LearningRecord> grid = new Grid<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Span total = new Span();

    LearningView(ScorecardService service, AuthenticationContext auth) {
        this.service = service;
        setSizeFull();
        int thisYear = LocalDate.now().getYear();
        year.setLabel(getTranslation("dashboard.learning.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear).boxed().toList());
        year.setValue(thisYear);
        year.setId("learning-year");
        year.addValueChangeListener(e -> refresh());

        grid.addColumn(r -> FrenchFormats.date(r.recordedOn()))
                .setHeader(getTranslation("dashboard.learning.date"))
                .setKey("recordedOn")
                .setSortable(true)
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(r ->
                        getTranslation("dashboard.indicator." + r.indicator().key()))
                .setHeader(getTranslation("dashboard.learning.indicator"))
                .setFlexGrow(2);
        grid.addColumn(r -> FrenchFormats.number(r.amount(), getLocale()))
                .setHeader(getTranslation("dashboard.learning.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(LearningRecord::note)
                .setHeader(getTranslation("dashboard.learning.note"))
                .setFlexGrow(3);
        grid.addColumn(LearningRecord::recordedBy)
                .setHeader(getTranslation("dashboard.learning.by"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> service.learning(year.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setId("learning-grid");
        grid.setSizeFull();

        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("dashboard.learning.heading")), year, total);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top);
        if (auth.hasRole(Role.ADMIN_NAME)) {
            add(form());
        }
        add(grid);
        updateTotal();
    }

    private HorizontalLayout form() {
        ComboBox<IndicatorKey> indicator = new ComboBox<>(getTranslation("dashboard.learning.indicator"));
        indicator.setItems(IndicatorKey.manualOnes());
        indicator.setItemLabelGenerator(k -> getTranslation("dashboard.indicator." + k.key()));
        indicator.setId("learning-indicator");
        FrenchDatePicker date = new FrenchDatePicker(getTranslation("dashboard.learning.date"));
        date.setMax(LocalDate.now());
        date.setId("learning-date");
        BigDecimalField amount = new BigDecimalField(getTranslation("dashboard.learning.amount"));
        amount.setId("learning-amount");
        TextField note = new TextField(getTranslation("dashboard.learning.note"));
        note.setMaxLength(500);
        note.setId("learning-note");
        Binder<Draft> binder = new Binder<>();
        binder.forField(indicator).asRequired().bind(d -> d.indicator, (d, v) -> d.indicator = v);
        binder.forField(date).asRequired().bind(d -> d.recordedOn, (d, v) -> d.recordedOn = v);
        binder.forField(amount)
                .asRequired()
                .withValidator(v -> v.signum() >= 0 && v.scale() <= 2, getTranslation("dashboard.targets.invalid"))
                .bind(d -> d.amount, (d, v) -> d.amount = v);
        binder.forField(note).bind(d -> d.note, (d, v) -> d.note = v);
        binder.setBean(new Draft());
        Button add = new Button(getTranslation("dashboard.learning.add"), VaadinIcon.PLUS.create(), e -> {
            if (binder.validate().isOk()) {
                Draft d = binder.getBean();
                boolean ok = ServiceErrors.run(
                        () -> service.recordLearning(new LearningInput(d.indicator, d.recordedOn, d.amount, d.note)),
                        Map.of("recordedOn", date, "amount", amount, "indicator", indicator));
                if (ok) {
                    Notifications.success(getTranslation("dashboard.learning.added"));
                    binder.setBean(new Draft());
                    refresh();
                }
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("learning-add");
        Button delete = new Button(getTranslation("dashboard.learning.delete"), VaadinIcon.TRASH.create(), e -> {
            grid.getSelectedItems().forEach(r -> service.deleteLearning(r.id()));
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("learning-delete");
        HorizontalLayout form = new HorizontalLayout(indicator, date, amount, note, add, delete);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWidthFull();
        form.expand(note);
        return form;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation(
                "dashboard.learning.total", FrenchFormats.count(service.countLearning(year.getValue()), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.learning.title");
    }
}
