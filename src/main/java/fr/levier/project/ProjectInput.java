package fr.levier.project;

import fr.levier.shared.DossierDates;
import fr.levier.shared.validation.SafeText;
import jakarta.validation.Valid;
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
        @NotBlank @Size(max = 30) @SafeText String code,
        @NotBlank @Size(max = 200) @SafeText String name,
        @Size(max = 4000) @SafeText(multiline = true) String description,
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
        @Valid FloorTerms floorTerms,
        @Valid DossierDates dates) {
    /** @return an empty builder: name each value instead of passing 13 in order */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProjectInput} value by value. */
    public static final class Builder {
        private String code;
        private String name;
        private String description;
        private String officerUsername;
        private ProjectStatus status;
        private BigDecimal totalCostExclTax;
        private BigDecimal totalCostInclTax;
        private BigDecimal eligibleExpense;
        private BigDecimal cityFunding;
        private Boolean cityOwner;
        private FloorTerms floorTerms;
        private DossierDates dates;

        private Builder() {}

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder officerUsername(String officerUsername) {
            this.officerUsername = officerUsername;
            return this;
        }

        public Builder status(ProjectStatus status) {
            this.status = status;
            return this;
        }

        public Builder totalCostExclTax(BigDecimal totalCostExclTax) {
            this.totalCostExclTax = totalCostExclTax;
            return this;
        }

        public Builder totalCostInclTax(BigDecimal totalCostInclTax) {
            this.totalCostInclTax = totalCostInclTax;
            return this;
        }

        public Builder eligibleExpense(BigDecimal eligibleExpense) {
            this.eligibleExpense = eligibleExpense;
            return this;
        }

        public Builder cityFunding(BigDecimal cityFunding) {
            this.cityFunding = cityFunding;
            return this;
        }

        public Builder cityOwner(Boolean cityOwner) {
            this.cityOwner = cityOwner;
            return this;
        }

        public Builder floorTerms(FloorTerms floorTerms) {
            this.floorTerms = floorTerms;
            return this;
        }

        public Builder dates(DossierDates dates) {
            this.dates = dates;
            return this;
        }

        public ProjectInput build() {
            return new ProjectInput(
                    code,
                    name,
                    description,
                    officerUsername,
                    status,
                    totalCostExclTax,
                    totalCostInclTax,
                    eligibleExpense,
                    cityFunding,
                    cityOwner,
                    floorTerms,
                    dates);
        }
    }
}
