package fr.levier.partner.importing;

import fr.levier.partner.*;

/** What an import file holds. */
public enum ImportTarget {
    /** Organisations. */
    PARTNERS,
    /** People, optionally with the partner they work for. */
    CONTACTS,
    /** Projects of the portfolio (written by the funding module's handler, through the project service). */
    PROJECTS,
    /** Funding commitments and their allocation to projects (the funding module's handler). */
    COMMITMENTS
}
