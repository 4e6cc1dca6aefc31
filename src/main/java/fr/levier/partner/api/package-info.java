/** REST resources of the partner module. */
package fr.levier.partner.api;
