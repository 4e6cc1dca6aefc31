package fr.levier.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.newsletter.DemoMail;
import fr.levier.newsletter.DemoMailbox;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "Boîte de démonstration": what Levier sent while no SMTP server is configured. */
@Route("demo-mailbox")
@Menu(title = "nav.demoMailbox", order = 41, icon = "vaadin:inbox")
@RolesAllowed(Role.OFFICER_NAME)
public class DemoMailboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.of("Europe/Paris"));

    private final DemoMailbox mailbox;
    private final Grid<DemoMail> grid = new Grid<>();
    private final IFrame html = new IFrame();
    private final Pre details = new Pre();
    private final Paragraph count = new Paragraph();

    DemoMailboxView(DemoMailbox mailbox) {
        this.mailbox = mailbox;
        setSizeFull();
        if (!mailbox.isActive()) {
            add(new Paragraph(getTranslation("demoMailbox.inactive")));
            return;
        }
        Button refresh = new Button(getTranslation("demoMailbox.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("demo-mailbox-refresh");
        Button purge = new Button(getTranslation("demoMailbox.purge"), VaadinIcon.TRASH.create(), e -> {
            mailbox.purge();
            refresh();
        });
        count.setId("demo-mailbox-count");
        HorizontalLayout bar = new HorizontalLayout(new Paragraph(getTranslation("demoMailbox.intro")), refresh, purge);
        bar.setAlignItems(Alignment.BASELINE);
        grid.addColumn(m -> m.receivedAt() == null ? "" : AT.format(m.receivedAt()))
                .setHeader(getTranslation("demoMailbox.date"));
        grid.addColumn(DemoMail::to).setHeader(getTranslation("demoMailbox.to")).setFlexGrow(2);
        grid.addColumn(DemoMail::subject)
                .setHeader(getTranslation("demoMailbox.subject"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("demo-mailbox-grid");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::show));
        html.getElement().setAttribute("sandbox", "");
        html.setWidthFull();
        html.setHeight("540px");
        html.getStyle().set("border", "0").set("background", "white");
        html.setId("demo-mailbox-html");
        details.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-xs)");
        VerticalLayout right = new VerticalLayout(html, details);
        right.setPadding(false);
        SplitLayout split = new SplitLayout(grid, right);
        split.setSplitterPosition(40);
        split.setSizeFull();
        add(bar, count, split);
        refresh();
    }

    private void refresh() {
        var messages = mailbox.messages();
        grid.setItems(messages);
        count.setText(getTranslation("demoMailbox.count", FrenchFormats.count(messages.size(), getLocale())));
        if (!messages.isEmpty()) {
            grid.select(messages.get(0));
        }
    }

    private void show(DemoMail m) {
        html.getElement().setAttribute("srcdoc", m.html() == null ? "" : m.html());
        details.setText(getTranslation("demoMailbox.from") + " : " + m.from() + "\n"
                + getTranslation("demoMailbox.to") + " : " + m.to() + "\n"
                + "Message-ID : " + m.messageId() + "\n"
                + "List-Unsubscribe : " + m.listUnsubscribe() + "\n\n"
                + getTranslation("demoMailbox.text") + " :\n" + (m.text() == null ? "" : m.text()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("demoMailbox.title");
    }
}
