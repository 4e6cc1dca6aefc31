/**
 * A new city's first run: the assistant an administrator follows on an empty database (the city's identity,
 * the officers' accounts, then the imports of partners with contacts, projects and commitments, ending on
 * the portfolio) and the city settings screen. Screens only: the identity is recorded by
 * {@link fr.levier.onboarding.CityIdentityService}, users by the security module, imports by the
 * partner module's import service. Depends on shared, security and partner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package fr.levier.onboarding;
