package fr.levier.funding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.levier.audit.HistoryService;
import fr.levier.audit.ui.HistoryPanel;
import fr.levier.funding.ClaimService;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentInput;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.CommitmentStatus;
import fr.levier.funding.MecenatReceiptService;
import fr.levier.funding.ProgrammeSummary;
import fr.levier.partner.PartnerService;
import fr.levier.project.ProjectService;
import fr.levier.security.Role;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.StaleRecordException;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.ConflictNotice;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One commitment ({@code commitments/42}, or {@code commitments/new?project=7}): its data, its
 * lifecycle buttons (allowed transitions only), deadline and mécénat checks, the allocation split
 * across projects, and its payment claims.
 */
@Route("commitments")
@RolesAllowed(Role.VIEWER_NAME)
public class CommitmentEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CommitmentService commitments;
    private final ClaimService claims;
    private final PartnerService partners;
    private final ProjectService projects;
    private final MecenatReceiptService receipts;
    private final List<ProgrammeSummary> programmes;
    private CommitmentDetails current;
    private CommitmentInput startedFrom;
    private long version;
    private Long preselectedProject;
    private String title = "";

    private final HistoryService history;

    CommitmentEditorView(
            CommitmentService commitments,
            ClaimService claims,
            PartnerService partners,
            ProjectService projects,
            MecenatReceiptService receipts,
            HistoryService history) {
        this.history = history;
        this.commitments = commitments;
        this.claims = claims;
        this.partners = partners;
        this.projects = projects;
        this.receipts = receipts;
        this.programmes = commitments.programmes();
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        preselectedProject = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("project")
                .map(Long::valueOf)
                .orElse(null);
        if ("new".equals(parameter)) {
            current = null;
        } else {
            try {
                current = commitments.get(Long.parseLong(parameter));
            } catch (RuntimeException e) {
                current = null;
                title = getTranslation("commitments.notFound");
                removeAll();
                add(new H2(title));
                return;
            }
        }
        build();
    }

    private void build() {
        removeAll();
        title = current == null ? getTranslation("commitments.new") : current.title();
        H2 heading = new H2(title);
        heading.setId("commitment-heading");
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (current != null) {
            Span status = Labels.badge(
                    getTranslation("commitmentStatus." + current.status().name()),
                    current.status().isDead() ? "error" : "");
            status.setId("commitment-status");
            header.add(status);
        }
        ConflictNotice conflict =
                new ConflictNotice("commitment-conflict", "commitments.conflict", "commitments.field.");

        CommitmentForm form = new CommitmentForm(partners, programmes);
        form.setEditable(Access.hasRole(Role.OFFICER_NAME));
        if (current != null) {
            startedFrom = current.toInput();
            version = current.version();
            form.setInput(startedFrom, partners.get(current.partnerId()).orElse(null), programmes);
        }
        form.addSaveListener(e -> save(form, conflict, e.input()));
        add(header, conflict);
        if (current != null) {
            add(checks(), statusActions());
        }
        add(form);
        if (current != null) {
            add(
                    new H3(getTranslation("split.title")),
                    new SplitEditor(commitments, projects, current, preselectedProject, this::reload));
            add(new H3(getTranslation("claims.title")));
            ClaimsGrid grid = new ClaimsGrid(claims, () -> claims.claims(current.id()), null, this::reload);
            add(grid);
            if (Access.hasRole(Role.OFFICER_NAME)
                    && current.status().isAwarded()
                    && current.status() != CommitmentStatus.CLOSED) {
                add(new ClaimForm(claims, current.id(), this::reload));
            }
            add(new H3(getTranslation("money.title")), new MoneyPanel(current, claims, receipts, this::reload));
            add(HistoryPanel.section(() -> commitmentHistory(current.id())));
        }
    }

    /** The commitment's own changes, then those of its split across projects and of its claims. */
    private Component commitmentHistory(long commitmentId) {
        TabSheet sheet = new TabSheet();
        sheet.setWidthFull();
        sheet.add(getTranslation("history.commitment"), HistoryPanel.of(history, "Commitment", commitmentId));
        sheet.add(
                getTranslation("history.allocations"),
                HistoryPanel.byOwner(history, "Allocation", "commitmentId", commitmentId));
        sheet.add(
                getTranslation("history.claims"),
                HistoryPanel.byOwner(history, "PaymentClaim", "commitmentId", commitmentId));
        return sheet;
    }

    private void save(CommitmentForm form, ConflictNotice conflict, CommitmentInput input) {
        ServiceErrors.run(
                () -> {
                    if (current == null) {
                        CommitmentDetails created = commitments.create(input);
                        Notifications.success(getTranslation("commitments.created"));
                        getUI().ifPresent(ui -> ui.navigate(
                                "commitments/" + created.id(),
                                preselectedProject == null
                                        ? QueryParameters.empty()
                                        : QueryParameters.of("project", String.valueOf(preselectedProject))));
                        return;
                    }
                    current = commitments.update(current.id(), version, input);
                    Notifications.success(getTranslation("commitments.saved"));
                    reload();
                },
                form.fields(),
                stale -> {
                    // the user's input stays in the form; saving again overwrites deliberately
                    CommitmentDetails fresh = commitments.get(current.id());
                    conflict.show(startedFrom, fresh.toInput(), fresh.updatedBy(), fresh.updatedAt());
                    version = fresh.version();
                    startedFrom = fresh.toInput();
                });
    }

    private void reload() {
        current = commitments.get(current.id());
        build();
    }

    private Div checks() {
        Div d = new Div();
        d.setId("commitment-checks");
        d.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
        d.add(Labels.badge(
                getTranslation(
                        "commitments.allocatedOf",
                        FrenchFormats.money(current.allocated(), getLocale()),
                        FrenchFormats.money(current.allocationBase(), getLocale())),
                "contrast"));
        if (current.deadline() != null) {
            Span s = Labels.badge(
                    Labels.deadline(this, current.deadline()),
                    Labels.stateTheme(current.deadline().state()));
            s.setId("commitment-deadline");
            d.add(s);
            if (current.deadline().state() == fr.levier.funding.LapseClock.State.OVERDUE) {
                d.add(Labels.badge(getTranslation("deadline.atRisk"), "error primary"));
            }
        }
        if (current.mecenat() != null) {
            // the same sentence as the API's (rounded up: above 25 % never reads 25,00 %)
            Span m = Labels.badge(current.mecenatMessage(), current.mecenat().sponsoring() ? "error" : "success");
            m.setId("commitment-mecenat");
            d.add(m);
        }
        return d;
    }

    private HorizontalLayout statusActions() {
        HorizontalLayout h = new HorizontalLayout();
        h.setId("commitment-transitions");
        if (!Access.hasRole(Role.OFFICER_NAME)) {
            return h;
        }
        for (CommitmentStatus next : current.status().next()) {
            Button b = new Button(
                    getTranslation("transition.to", getTranslation("commitmentStatus." + next.name())),
                    VaadinIcon.ARROW_RIGHT.create());
            b.setId("status-" + next.name());
            if (next.isDead()) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            b.addClickListener(e -> {
                if (next == CommitmentStatus.LAPSED || next == CommitmentStatus.WITHDRAWN) {
                    ConfirmDialog d = new ConfirmDialog();
                    d.setHeader(getTranslation("transition.confirmTitle"));
                    d.setText(getTranslation("transition.confirm", getTranslation("commitmentStatus." + next.name())));
                    d.setCancelable(true);
                    d.setConfirmButtonTheme("error primary");
                    d.addConfirmListener(ev -> move(next));
                    d.open();
                } else {
                    move(next);
                }
            });
            h.add(b);
        }
        return h;
    }

    private void move(CommitmentStatus next) {
        try {
            current = commitments.changeStatus(current.id(), current.version(), next);
            Notifications.success(getTranslation("transition.done", getTranslation("commitmentStatus." + next.name())));
            build();
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        } catch (StaleRecordException e) {
            Notifications.error(getTranslation("commitments.staleStatus", e.getUpdatedBy()));
            reload();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
