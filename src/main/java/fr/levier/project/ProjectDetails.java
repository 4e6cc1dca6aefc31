package fr.levier.project;

import fr.levier.shared.DossierDates;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Everything about one project, as the detail page, the API and the funding module read it.
 *
 * @param id               database id
 * @param version          optimistic-locking version, to send back on update
 * @param code             unique code
 * @param name             name
 * @param description      free text
 * @param officerUsername  officer in charge
 * @param status           where it stands
 * @param totalCostExclTax total cost HT
 * @param totalCostInclTax total cost TTC
 * @param eligibleExpense  eligible expense
 * @param cityFunding      the city's own contribution
 * @param cityOwner        city is project owner
 * @param leadBody         city is lead body
 * @param floorExemption   legal ground of a floor exemption, {@code null} when none
 * @param dates            dossier dates
 * @param updatedBy        who last changed it
 * @param updatedAt        when
 */
public record ProjectDetails(
        Long id,
        long version,
        String code,
        String name,
        String description,
        String officerUsername,
        ProjectStatus status,
        BigDecimal totalCostExclTax,
        BigDecimal totalCostInclTax,
        BigDecimal eligibleExpense,
        BigDecimal cityFunding,
        boolean cityOwner,
        boolean leadBody,
        String floorExemption,
        DossierDates dates,
        String updatedBy,
        Instant updatedAt) {

    /** @return the same values as an input, to edit */
    public ProjectInput toInput() {
        return ProjectInput.builder()
                .code(code)
                .name(name)
                .description(description)
                .officerUsername(officerUsername)
                .status(status)
                .totalCostExclTax(totalCostExclTax)
                .totalCostInclTax(totalCostInclTax)
                .eligibleExpense(eligibleExpense)
                .cityFunding(cityFunding)
                .cityOwner(cityOwner)
                .leadBody(leadBody)
                .floorExemption(floorExemption)
                .dates(dates)
                .build();
    }
}
