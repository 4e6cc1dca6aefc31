/**
 * Partners and contacts: the relationship side of the CRM. Organisations of the InvestInRomans network
 * (public bodies and private ones), the people who work there (with their history), interactions, tasks,
 * segments, duplicate detection and merge, CSV/XLSX import and export.
 *
 * <p>Public API: {@link fr.levier.partner.PartnerService} (lists, counts, details, creation with SIRET and
 * duplicate checks, merge), {@link fr.levier.partner.ContactService}, {@link fr.levier.partner.InteractionService},
 * {@link fr.levier.partner.TaskService}, {@link fr.levier.partner.SegmentService} (audiences for newsletters and
 * reports), {@link fr.levier.partner.importing.ImportService} (the import feature, its own package), {@link fr.levier.partner.ExportService}, the records they
 * take and return, the plain rules ({@link fr.levier.partner.SiretRules}, {@link fr.levier.partner.NameNormalizer},
 * {@link fr.levier.partner.PhoneNumbers}, {@link fr.levier.partner.FrenchNumbers},
 * {@link fr.levier.partner.SpreadsheetSafety}, {@link fr.levier.partner.importing.TabularReader}), and the extension points
 * {@link fr.levier.partner.ui.PartnerTabProvider} and {@link fr.levier.partner.PartnersMerged}. This module depends
 * on no other business module. Design choices: {@code docs/adr/003-partners-contacts-dedupe-import.md}.
 */
package fr.levier.partner;
