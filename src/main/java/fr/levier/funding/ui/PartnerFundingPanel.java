package fr.levier.funding.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.levier.funding.FinancingPlanService;
import fr.levier.funding.PartnerFundingLine;
import fr.levier.shared.FrenchFormats;
import java.math.BigDecimal;
import java.util.List;

/** What a partner committed, to which projects, and what is still to be claimed. */
public class PartnerFundingPanel extends VerticalLayout {

    /**
     * @param plans     the read service
     * @param partnerId the partner
     */
    public PartnerFundingPanel(FinancingPlanService plans, long partnerId) {
        setPadding(false);
        setId("partner-funding");
        List<PartnerFundingLine> lines = plans.partnerFunding(partnerId);
        BigDecimal awarded = lines.stream()
                .filter(l -> l.awarded() != null && l.status().isAwarded())
                .map(PartnerFundingLine::awarded)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal toClaim = lines.stream().map(PartnerFundingLine::toClaim).reduce(BigDecimal.ZERO, BigDecimal::add);
        Paragraph summary = new Paragraph(
                lines.isEmpty()
                        ? getTranslation("partnerFunding.none")
                        : getTranslation(
                                "partnerFunding.summary",
                                lines.size(),
                                FrenchFormats.money(awarded, getLocale()),
                                FrenchFormats.money(toClaim, getLocale())));
        summary.setId("partner-funding-summary");
        Grid<PartnerFundingLine> grid = new Grid<>();
        grid.addColumn(PartnerFundingLine::title)
                .setHeader(getTranslation("commitments.title"))
                .setFlexGrow(2);
        grid.addColumn(l -> getTranslation("commitmentKind." + l.kind().name()))
                .setHeader(getTranslation("commitments.kind"));
        grid.addColumn(l -> getTranslation("commitmentStatus." + l.status().name()))
                .setHeader(getTranslation("commitments.status"));
        grid.addColumn(l -> String.join(", ", l.projects()))
                .setHeader(getTranslation("partnerFunding.projects"))
                .setFlexGrow(3);
        grid.addColumn(l -> FrenchFormats.money(l.awarded(), getLocale()))
                .setHeader(getTranslation("plan.awarded"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> FrenchFormats.money(l.claimed(), getLocale()))
                .setHeader(getTranslation("plan.claimed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> FrenchFormats.money(l.cashed(), getLocale()))
                .setHeader(getTranslation("plan.cashed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> FrenchFormats.money(l.toClaim(), getLocale()))
                .setHeader(getTranslation("partnerFunding.toClaim"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(lines);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("commitments/" + e.getItem().commitmentId())));
        add(summary, grid);
    }
}
