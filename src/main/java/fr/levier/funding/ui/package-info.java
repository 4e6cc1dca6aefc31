/** Screens of funding: commitment list and editor, deadlines, and the panels contributed to the project and partner pages. */
package fr.levier.funding.ui;
