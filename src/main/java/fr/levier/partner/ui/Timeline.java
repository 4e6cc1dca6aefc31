package fr.levier.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.levier.partner.InteractionView;
import fr.levier.partner.LinkService;
import fr.levier.shared.FrenchFormats;
import java.util.List;

/** A timeline of interactions, latest first: date, kind, subject, who took part, summary. */
class Timeline extends VerticalLayout {

    private LinkService links;

    /** Shows each interaction's project and commitment as links (looked up through the service). */
    void linksFrom(LinkService service) {
        this.links = service;
    }

    Timeline() {
        setPadding(false);
        setSpacing(false);
        addClassName("timeline");
    }

    void show(List<InteractionView> items, boolean withPartner) {
        removeAll();
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("interaction.none")));
        }
        for (InteractionView i : items) {
            Div entry = new Div();
            entry.getStyle()
                    .set("border-left", "3px solid var(--lumo-primary-color)")
                    .set("padding", "0.25em 0.75em")
                    .set("margin", "0.4em 0");
            Span head = new Span(FrenchFormats.date(i.occurredOn()) + " · "
                    + getTranslation("interactionKind." + i.kind().name()) + " · " + i.subject());
            head.getStyle().set("font-weight", "600");
            entry.add(head);
            StringBuilder who = new StringBuilder();
            if (withPartner && i.partnerName() != null) {
                who.append(i.partnerName()).append(" — ");
            }
            who.append(String.join(", ", i.contactNames()));
            if (!i.userParticipants().isEmpty()) {
                who.append(who.isEmpty() ? "" : " · ")
                        .append(getTranslation("interaction.city"))
                        .append(' ')
                        .append(String.join(", ", i.userParticipants()));
            }
            Div people = new Div(who.toString());
            people.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            entry.add(people);
            if (i.summary() != null) {
                entry.add(new Div(i.summary()));
            }
            if (links != null && (i.projectId() != null || i.commitmentId() != null)) {
                Div linked = new Div();
                linked.addClassName("timeline-links");
                if (i.projectId() != null) {
                    links.project(i.projectId())
                            .ifPresent(t -> linked.add(
                                    new Anchor(t.route(), getTranslation("link.project") + " " + t.label())));
                }
                if (i.commitmentId() != null) {
                    links.commitment(i.commitmentId()).ifPresent(t -> {
                        Anchor a = new Anchor(t.route(), getTranslation("link.commitment") + " " + t.label());
                        a.getStyle().set("margin-left", "1em");
                        linked.add(a);
                    });
                }
                entry.add(linked);
            }
            add(entry);
        }
    }
}
