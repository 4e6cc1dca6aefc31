/** Report screens: the funding reports with filters, lazy grid, totals and exports; scheduled reports (admin). */
package fr.levier.reporting.ui;
