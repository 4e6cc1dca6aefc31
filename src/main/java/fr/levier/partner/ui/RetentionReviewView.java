package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.partner.RetentionReviewLine;
import fr.levier.partner.RetentionReviewService;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The monthly RGPD retention review: contacts of prospects with no interaction for three years,
 * each anonymised only when an admin confirms it, or kept.
 */
@Route("admin/retention")
@Menu(title = "nav.retention", order = 95, icon = "vaadin:hourglass")
@RolesAllowed(Role.ADMIN_NAME)
public class RetentionReviewView extends VerticalLayout implements HasDynamicTitle {

    private final RetentionReviewService reviews;
    private final Grid<RetentionReviewLine> grid = new Grid<>();

    RetentionReviewView(RetentionReviewService reviews) {
        this.reviews = reviews;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation(
                "retention.intro", reviews.policy().prospectInactivity().getYears()));
        Button prepare = new Button(getTranslation("retention.prepareNow"), VaadinIcon.REFRESH.create(), e -> {
            int n = reviews.prepareNow();
            Notifications.success(getTranslation("retention.prepared", n));
            grid.getDataProvider().refreshAll();
        });
        prepare.setId("retention-prepare");
        grid.setId("retention-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(RetentionReviewLine::contactName).setHeader(getTranslation("retention.contact"));
        grid.addColumn(RetentionReviewLine::partners).setHeader(getTranslation("retention.partner"));
        grid.addColumn(l -> FrenchFormats.date(l.lastActivity())).setHeader(getTranslation("retention.lastActivity"));
        grid.addColumn(l -> FrenchFormats.date(l.listedOn())).setHeader(getTranslation("retention.listedOn"));
        grid.addColumn(LitRenderer.<RetentionReviewLine>of("""
                                <vaadin-button theme="error small" @click="${anonymise}">${item.anonymiseLabel}</vaadin-button>
                                <vaadin-button theme="tertiary small" @click="${keep}">${item.keepLabel}</vaadin-button>
                                """)
                        .withProperty("anonymiseLabel", l -> getTranslation("retention.anonymise"))
                        .withProperty("keepLabel", l -> getTranslation("retention.keep"))
                        .withFunction("anonymise", this::confirmAnonymise)
                        .withFunction("keep", l -> decide(() -> reviews.keep(l.reviewId()), "retention.kept")))
                .setHeader("")
                .setAutoWidth(true);
        grid.setItems(
                q -> reviews.pending(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) reviews.pending(org.springframework.data.domain.PageRequest.of(0, 1))
                        .getTotalElements());
        grid.setSizeFull();
        add(intro, prepare, grid);
    }

    private void confirmAnonymise(RetentionReviewLine line) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("retention.confirmTitle", line.contactName()));
        d.setText(getTranslation("retention.confirmText"));
        d.setCancelable(true);
        d.setCancelText(getTranslation("action.cancel"));
        d.setConfirmText(getTranslation("retention.anonymise"));
        d.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " primary");
        d.addConfirmListener(e -> decide(() -> reviews.anonymise(line.reviewId()), "retention.anonymised"));
        d.open();
    }

    private void decide(Runnable action, String doneKey) {
        if (ServiceErrors.run(action, Map.of())) {
            Notifications.success(getTranslation(doneKey));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("retention.title") + " – Levier";
    }
}
