package fr.levier.partner.importing;

import fr.levier.partner.*;

/** What an import file holds. */
public enum ImportTarget {
    /** Organisations. */
    PARTNERS,
    /** People, optionally with the partner they work for. */
    CONTACTS
}
