/** Audit trail: the Envers revision entity that records who changed audited data and when. */
package fr.levier.shared.audit;
