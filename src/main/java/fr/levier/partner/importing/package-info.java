/**
 * The partner module's CSV/XLSX import: upload, column mapping, dry run line by line, then apply exactly that
 * plan in one transaction ({@link fr.levier.partner.importing.ImportService}). Part of the partner module (it
 * writes partners, contacts and affiliations through the module's repositories); no other module uses it.
 */
package fr.levier.partner.importing;
