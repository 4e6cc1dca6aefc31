package fr.levier.newsletter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.levier.newsletter.CampaignService;
import fr.levier.newsletter.NewsletterReceived;
import fr.levier.partner.ui.PartnerTabProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The "Lettres reçues" tab of the partner page: which newsletters its contacts received. */
@org.springframework.stereotype.Component
class PartnerNewslettersTab implements PartnerTabProvider {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final CampaignService campaigns;

    PartnerNewslettersTab(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String titleKey() {
        return "partnerNewsletters.tab";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(long partnerId) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setId("partner-newsletters");
        List<NewsletterReceived> lines = campaigns.receivedByPartner(partnerId, 500);
        if (lines.isEmpty()) {
            panel.add(new Paragraph(panel.getTranslation("partnerNewsletters.none")));
            return panel;
        }
        Grid<NewsletterReceived> grid = new Grid<>();
        grid.addColumn(NewsletterReceived::contactName).setHeader(panel.getTranslation("partnerNewsletters.contact"));
        grid.addColumn(NewsletterReceived::subject)
                .setHeader(panel.getTranslation("partnerNewsletters.subject"))
                .setFlexGrow(3);
        grid.addColumn(l -> AT.format(l.sentAt())).setHeader(panel.getTranslation("partnerNewsletters.sentAt"));
        grid.addColumn(l -> l.unsubscribed() ? panel.getTranslation("partnerNewsletters.unsubscribed") : "")
                .setHeader("");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate("newsletters/" + e.getItem().campaignId())));
        panel.add(grid);
        return panel;
    }
}
