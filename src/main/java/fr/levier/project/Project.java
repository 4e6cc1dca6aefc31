package fr.levier.project;

import fr.levier.shared.AbstractEntity;
import fr.levier.shared.DossierDates;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A project (operation) of the city's portfolio. Every change is audited (Envers). */
@Entity
@Table(name = "project")
@Audited
class Project extends AbstractEntity {

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "officer_username", length = 60)
    private String officerUsername;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.IDEA;

    @Column(name = "total_cost_excl_tax", precision = 15, scale = 2)
    private BigDecimal totalCostExclTax;

    @Column(name = "total_cost_incl_tax", precision = 15, scale = 2)
    private BigDecimal totalCostInclTax;

    @Column(name = "eligible_expense", precision = 15, scale = 2)
    private BigDecimal eligibleExpense;

    @Column(name = "city_funding", nullable = false, precision = 15, scale = 2)
    private BigDecimal cityFunding = BigDecimal.ZERO.setScale(2);

    @Column(name = "city_owner", nullable = false)
    private boolean cityOwner = true;

    @Column(name = "lead_body", nullable = false)
    private boolean leadBody;

    @Column(name = "floor_exemption", length = 500)
    private String floorExemption;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "complete_on")
    private LocalDate completeOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "convention_signed_on")
    private LocalDate conventionSignedOn;

    @Column(name = "works_started_on")
    private LocalDate worksStartedOn;

    @Column(name = "completion_declared_on")
    private LocalDate completionDeclaredOn;

    protected Project() {}

    Project(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void apply(ProjectInput in) {
        code = in.code().trim();
        name = in.name().trim();
        description = in.description();
        officerUsername = in.officerUsername();
        status = in.status();
        totalCostExclTax = in.totalCostExclTax();
        totalCostInclTax = in.totalCostInclTax();
        eligibleExpense = in.eligibleExpense();
        cityFunding = in.cityFunding() == null ? BigDecimal.ZERO.setScale(2) : in.cityFunding();
        cityOwner = in.cityOwner() == null || in.cityOwner();
        leadBody = Boolean.TRUE.equals(in.leadBody());
        floorExemption = in.floorExemption() == null || in.floorExemption().isBlank()
                ? null
                : in.floorExemption().trim();
        DossierDates d = in.dates() == null ? DossierDates.NONE : in.dates();
        openedOn = d.openedOn();
        submittedOn = d.submittedOn();
        completeOn = d.completeOn();
        decidedOn = d.decidedOn();
        notifiedOn = d.notifiedOn();
        conventionSignedOn = d.conventionSignedOn();
        worksStartedOn = d.worksStartedOn();
        completionDeclaredOn = d.completionDeclaredOn();
    }

    ProjectDetails toDetails() {
        return new ProjectDetails(
                getId(),
                getVersion(),
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
                leadBody,
                floorExemption,
                new DossierDates(
                        openedOn,
                        submittedOn,
                        completeOn,
                        decidedOn,
                        notifiedOn,
                        conventionSignedOn,
                        worksStartedOn,
                        completionDeclaredOn),
                getUpdatedBy(),
                getUpdatedAt());
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    ProjectStatus getStatus() {
        return status;
    }
}
