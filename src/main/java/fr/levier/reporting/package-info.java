/**
 * Reporting (read-only): the funding reports the finance department uses to issue revenue orders and
 * follow receivables, their exports (XLSX, PDF, CSV), the scheduled reports sent by e-mail and the
 * reports API. Public API: {@link fr.levier.reporting.FundingReports} (the figures, also read by the
 * dashboard), {@link fr.levier.reporting.ReportFilter}, {@link fr.levier.reporting.ReportName} and the
 * row and totals records. Reads funding through its public read-only queries; writes nothing but its own
 * schedules and run log.
 */
package fr.levier.reporting;
