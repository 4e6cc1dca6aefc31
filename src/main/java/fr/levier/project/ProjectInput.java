package fr.levier.project;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a user enters to create or change a project.
 *
 * @param code             short unique code, e.g. {@code PRJ-2026-014}
 * @param name             name of the operation
 * @param description      free text
 * @param officerUsername  login of the officer in charge
 * @param status           where it stands
 * @param totalCostExclTax total cost excluding tax (HT)
 * @param totalCostInclTax total cost including tax (TTC)
 * @param eligibleExpense  eligible expense (base of public aid)
 * @param cityFunding      the city's own contribution (autofinancement)
 * @param cityOwner        the city is project owner (maître d'ouvrage); {@code null} means yes
 * @param leadBody         the city is lead body (chef de file); {@code null} means no
 * @param floorExemption   legal ground of an exemption from the 20 % floor, blank when none
 * @param dates            dossier dates
 */
public record ProjectInput(
        @NotBlank @Size(max = 30) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Size(max = 60) String officerUsername,
        @NotNull ProjectStatus status,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal totalCostExclTax,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal totalCostInclTax,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal eligibleExpense,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal cityFunding,

        Boolean cityOwner,
        Boolean leadBody,
        @Size(max = 500) String floorExemption,
        DossierDates dates) {}
