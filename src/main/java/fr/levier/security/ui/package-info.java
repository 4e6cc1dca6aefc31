/** Screens of the security module: sign-in, user administration, API tokens. */
package fr.levier.security.ui;
