/** Projects of the portfolio, their phases and dossiers (instruction dates). */
package fr.levier.project;
