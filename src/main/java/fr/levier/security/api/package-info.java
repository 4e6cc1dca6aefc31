/** REST resources of the security module: the caller ({@code /api/me}) and user accounts. */
package fr.levier.security.api;
