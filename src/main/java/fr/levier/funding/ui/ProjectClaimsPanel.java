package fr.levier.funding.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.levier.funding.ClaimService;
import fr.levier.funding.FinancingPlanLine;
import fr.levier.funding.FinancingPlanService;
import java.util.Map;
import java.util.stream.Collectors;

/** The payment claims of every commitment that funds a project. */
public class ProjectClaimsPanel extends VerticalLayout {

    /**
     * @param claims    claims service
     * @param plans     plan service (for commitment titles)
     * @param projectId the project
     */
    public ProjectClaimsPanel(ClaimService claims, FinancingPlanService plans, long projectId) {
        setPadding(false);
        Map<Long, String> titles = plans.plan(projectId).lines().stream()
                .collect(Collectors.toMap(
                        FinancingPlanLine::commitmentId, l -> l.title() + " – " + l.partnerName(), (a, b) -> a));
        add(new Paragraph(getTranslation("claims.projectHelp")));
        add(new ClaimsGrid(claims, () -> claims.claimsOfProject(projectId), titles::get, () -> {}));
    }
}
