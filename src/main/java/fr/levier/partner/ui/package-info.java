/** Screens of the partner module. */
package fr.levier.partner.ui;
