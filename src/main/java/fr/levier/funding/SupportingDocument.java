package fr.levier.funding;

/** Items of a payment claim's supporting-documents checklist. */
public enum SupportingDocument {
    /** Attestation de commencement des travaux. */
    START_CERTIFICATE,
    /** État récapitulatif des dépenses. */
    STATEMENT_OF_EXPENSES,
    /** Factures acquittées. */
    INVOICES,
    /** Certificat d'achèvement / procès-verbal de réception. */
    COMPLETION_CERTIFICATE,
    /** Photos / publicité du financement. */
    PUBLICITY_PROOF,
    /** Relevé d'identité bancaire. */
    BANK_DETAILS
}
