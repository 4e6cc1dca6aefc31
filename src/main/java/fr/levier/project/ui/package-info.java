/** Screens of the project module: the portfolio list and the project page with its tabs. */
package fr.levier.project.ui;
