/** Funding commitments, allocations to projects, payment claims, financing plans and the French rules (self-financing floor, lapse deadlines). */
package fr.levier.funding;
