package fr.levier.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import fr.levier.dashboard.Indicator;
import fr.levier.dashboard.IndicatorKey;
import fr.levier.dashboard.Perspective;
import fr.levier.dashboard.Scorecard;
import fr.levier.dashboard.ScorecardService;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.ui.Notifications;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Lets an administrator set the targets of the year, indicator by indicator (empty = no target). */
class TargetDialog extends Dialog {

    private final Map<IndicatorKey, BigDecimal> values = new EnumMap<>(IndicatorKey.class);
    private final Binder<Map<IndicatorKey, BigDecimal>> binder = new Binder<>();

    TargetDialog(ScorecardService service, Scorecard scorecard, Runnable saved) {
        setHeaderTitle(getTranslation("dashboard.targets.title", String.valueOf(scorecard.year())));
        setWidth("min(56rem, 95vw)");
        scorecard.indicators().forEach(i -> values.put(i.key(), i.target()));
        Map<IndicatorKey, BigDecimal> before = new EnumMap<>(IndicatorKey.class);
        before.putAll(values);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        Perspective current = null;
        for (Indicator i : scorecard.indicators()) {
            if (i.perspective() != current) {
                current = i.perspective();
                H4 title = new H4(getTranslation("dashboard.perspective." + current.name()));
                form.add(title, 2);
            }
            IndicatorKey key = i.key();
            BigDecimalField field = new BigDecimalField(getTranslation("dashboard.indicator." + key.key()));
            field.setId("target-" + key.key().replace('.', '-'));
            field.setClearButtonVisible(true);
            binder.forField(field)
                    .withValidator((v, ctx) -> v == null || (v.signum() >= 0 && v.scale() <= 2)
                            ? ValidationResult.ok()
                            : ValidationResult.error(getTranslation("dashboard.targets.invalid")))
                    .bind(m -> m.get(key), (m, v) -> m.put(key, v));
            form.add(field);
        }
        binder.readBean(values);
        add(form);
        Button save = new Button(getTranslation("dashboard.targets.save"), e -> {
            if (binder.writeBeanIfValid(values)) {
                try {
                    values.forEach((k, v) -> {
                        if (!Objects.equals(v, before.get(k))) {
                            service.setTarget(k, scorecard.year(), v);
                        }
                    });
                    Notifications.success(getTranslation("dashboard.targets.saved"));
                    close();
                    saved.run();
                } catch (BusinessRuleException ex) {
                    Notifications.error(ex.getMessage());
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-targets");
        Button cancel = new Button(getTranslation("dashboard.targets.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
