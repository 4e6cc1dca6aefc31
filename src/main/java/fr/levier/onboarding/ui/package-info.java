/** Screens of the onboarding module: first-run assistant and city settings. */
package fr.levier.onboarding.ui;
