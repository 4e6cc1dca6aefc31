/**
 * Levier: partners, projects and co-financing of a French local authority. Each sub-package is a
 * Spring Modulith application module; see {@code ModularityTests}.
 */
package fr.levier;
