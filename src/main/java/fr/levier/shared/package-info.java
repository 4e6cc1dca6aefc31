/**
 * Shared kernel: the base entity, French formats, i18n, audit revisions, demo-data seeding contract,
 * REST error handling and the application shell (main layout). Every other module may use it; it uses
 * none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.levier.shared;
