/** The reports API for the finance software: {@code GET /api/reports/{name}} as JSON, CSV, XLSX or PDF. */
package fr.levier.reporting.api;
