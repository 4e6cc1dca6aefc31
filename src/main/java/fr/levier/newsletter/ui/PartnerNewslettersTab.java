package fr.levier.newsletter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.newsletter.CampaignService;
import fr.levier.newsletter.NewsletterReceived;
import fr.levier.partner.ui.PartnerTabProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The "Lettres reçues" tab of the partner page: per contact, which newsletters they received (subject, date
 * sent, status), newest first, in a lazy grid; a click opens the campaign.
 */
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
        if (campaigns.countReceivedByPartner(partnerId) == 0) {
            panel.add(new Paragraph(panel.getTranslation("partnerNewsletters.none")));
            return panel;
        }
        Grid<NewsletterReceived> grid = new Grid<>();
        grid.setId("partner-newsletters-grid");
        grid.addColumn(NewsletterReceived::contactName)
                .setHeader(panel.getTranslation("partnerNewsletters.contact"))
                .setKey("contact");
        grid.addColumn(NewsletterReceived::subject)
                .setHeader(panel.getTranslation("partnerNewsletters.subject"))
                .setKey("subject")
                .setFlexGrow(3);
        grid.addColumn(l -> l.sentAt() == null ? "—" : AT.format(l.sentAt()))
                .setHeader(panel.getTranslation("partnerNewsletters.sentAt"))
                .setKey("sentAt");
        grid.addColumn(l -> panel.getTranslation("recipientStatus." + l.status().name())
                        + (l.unsubscribed() ? " · " + panel.getTranslation("partnerNewsletters.unsubscribed") : ""))
                .setHeader(panel.getTranslation("partnerNewsletters.status"))
                .setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(
                query ->
                        campaigns
                                .receivedByPartner(partnerId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                                .stream(),
                query -> (int) campaigns.countReceivedByPartner(partnerId));
        grid.setHeight("420px");
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate("newsletters/" + e.getItem().campaignId())));
        panel.add(grid);
        return panel;
    }
}
