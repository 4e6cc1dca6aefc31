package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.levier.funding.AllocationSummary;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentService;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.security.Role;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.Notifications;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The allocation split of a commitment: add projects with amounts, see the remainder live, save the
 * whole split at once (the service refuses a split above the award, or the request before award).
 */
class SplitEditor extends VerticalLayout {

    private record Row(Long projectId, String label, BigDecimalField amount, HorizontalLayout line) {}

    private final CommitmentService commitments;
    private final long commitmentId;
    private final BigDecimal base;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final VerticalLayout lines = new VerticalLayout();
    private final Span remainder = new Span();
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final Runnable afterSave;
    private final boolean editable;

    SplitEditor(
            CommitmentService commitments,
            ProjectService projects,
            CommitmentDetails c,
            Long preselectedProject,
            Runnable afterSave) {
        this.commitments = commitments;
        this.commitmentId = c.id();
        this.base = c.allocationBase();
        this.afterSave = afterSave;
        this.editable = Access.hasRole(Role.OFFICER_NAME);
        setPadding(false);
        setId("split-editor");
        lines.setPadding(false);
        lines.setSpacing(false);
        remainder.setId("split-remainder");

        project.setLabel(getTranslation("split.project"));
        project.setItems(q -> projects
                .find(
                        new ProjectFilter(q.getFilter().orElse(null), null, null, null),
                        PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("name")))
                .stream());
        project.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        project.setWidth("28rem");
        project.setId("split-project");
        amount.setLabel(getTranslation("split.amount"));
        amount.setId("split-amount");
        amount.setSuffixComponent(new Span("€"));
        Button add = new Button(getTranslation("split.add"), VaadinIcon.PLUS.create(), e -> addFromInputs());
        add.setId("split-add");
        Button fill = new Button(
                getTranslation("split.remainderButton"),
                e -> amount.setValue(remaining().max(BigDecimal.ZERO)));
        fill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout adder = new HorizontalLayout(project, amount, fill, add);
        adder.setAlignItems(FlexComponent.Alignment.BASELINE);
        adder.setVisible(editable);

        Button save = new Button(getTranslation("split.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("split-save");
        save.setVisible(editable);

        Span basis = new Span(getTranslation(
                c.status().isAwarded() ? "split.basisAwarded" : "split.basisRequested",
                FrenchFormats.money(base, getLocale())));
        add(basis, lines, adder, new HorizontalLayout(remainder), save);
        for (AllocationSummary a : commitments.allocations(commitmentId)) {
            addRow(a.projectId(), a.projectCode() + " – " + a.projectName(), a.amount());
        }
        if (preselectedProject != null && !rows.containsKey(preselectedProject)) {
            projects.get(preselectedProject)
                    .ifPresent(p -> project.setValue(new ProjectSummary(
                            p.id(),
                            p.code(),
                            p.name(),
                            p.status(),
                            p.officerUsername(),
                            p.totalCostExclTax(),
                            p.cityFunding())));
        }
        updateRemainder();
    }

    private void addFromInputs() {
        ProjectSummary p = project.getValue();
        if (p == null || amount.getValue() == null || amount.getValue().signum() <= 0) {
            amount.setInvalid(true);
            amount.setErrorMessage(getTranslation("split.needProjectAndAmount"));
            return;
        }
        amount.setInvalid(false);
        if (rows.containsKey(p.id())) {
            Row r = rows.get(p.id());
            r.amount()
                    .setValue(
                            r.amount().getValue() == null
                                    ? amount.getValue()
                                    : r.amount().getValue().add(amount.getValue()));
        } else {
            addRow(p.id(), p.code() + " – " + p.name(), amount.getValue());
        }
        project.clear();
        amount.clear();
        updateRemainder();
    }

    private void addRow(Long projectId, String label, BigDecimal value) {
        BigDecimalField f = new BigDecimalField();
        f.setValue(value);
        f.setValueChangeMode(ValueChangeMode.EAGER);
        f.addValueChangeListener(e -> updateRemainder());
        f.setSuffixComponent(new Span("€"));
        f.setReadOnly(!editable);
        f.setId("split-amount-" + projectId);
        Span name = new Span(label);
        name.setWidth("28rem");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            Row r = rows.remove(projectId);
            lines.remove(r.line());
            updateRemainder();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("split.remove"));
        remove.setVisible(editable);
        HorizontalLayout line = new HorizontalLayout(name, f, remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.addClassName("split-line");
        rows.put(projectId, new Row(projectId, label, f, line));
        lines.add(line);
    }

    private BigDecimal remaining() {
        BigDecimal sum = rows.values().stream()
                .map(r -> r.amount().getValue())
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return base.subtract(sum);
    }

    private void updateRemainder() {
        BigDecimal left = remaining();
        remainder.setText(getTranslation("split.remainder", FrenchFormats.money(left, getLocale())));
        remainder.getElement().getThemeList().clear();
        remainder
                .getElement()
                .getThemeList()
                .add(left.signum() < 0 ? "badge error" : left.signum() == 0 ? "badge success" : "badge");
    }

    private void save() {
        Map<Long, BigDecimal> split = new LinkedHashMap<>();
        rows.values()
                .forEach(r -> split.put(
                        r.projectId(),
                        r.amount().getValue() == null
                                ? null
                                : r.amount().getValue().setScale(2, RoundingMode.HALF_UP)));
        try {
            commitments.replaceAllocations(commitmentId, split);
            Notifications.success(getTranslation("split.saved"));
            afterSave.run();
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
            remainder.setText(e.getMessage());
        }
    }
}
