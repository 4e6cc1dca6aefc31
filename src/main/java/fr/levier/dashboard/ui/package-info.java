/** Screens of the dashboard module: the home view. */
package fr.levier.dashboard.ui;
