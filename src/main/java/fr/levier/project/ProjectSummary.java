package fr.levier.project;

import java.math.BigDecimal;

/**
 * One line of the project list.
 *
 * @param id               database id
 * @param code             unique code
 * @param name             name
 * @param status           where it stands
 * @param officerUsername  officer in charge
 * @param totalCostExclTax total cost HT
 * @param cityFunding      the city's own contribution
 */
public record ProjectSummary(
        Long id,
        String code,
        String name,
        ProjectStatus status,
        String officerUsername,
        BigDecimal totalCostExclTax,
        BigDecimal cityFunding) {}
