/** The city's identity (name, SIREN, logo, colours) used by the header, exports and e-mails. */
package fr.levier.shared.identity;
