/**
 * The CSV/XLSX import: upload, column mapping, value mapping (coded cells such as the partner type mapped
 * to known values), dry run line by line, then apply exactly that plan in one transaction
 * ({@link fr.levier.partner.importing.ImportService}). Partners (with their main contact on the same row)
 * and contacts are planned here; projects and commitments by an
 * {@link fr.levier.partner.importing.ImportRowsHandler} the funding module provides. Exposed as the named
 * interface {@code importing} for those handlers.
 */
@org.springframework.modulith.NamedInterface("importing")
package fr.levier.partner.importing;
