/**
 * Dashboard: the home view and the Balanced-Scorecard indicators. Reads other modules through their
 * public services; writes nothing.
 */
package fr.levier.dashboard;
