/** Read-only funding reports for the finance department and their exports (XLSX, PDF, CSV). */
package fr.levier.reporting;
