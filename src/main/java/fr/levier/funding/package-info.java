/**
 * Funding: commitments (grants, mécénat, parrainage, in-kind, PPP, loans) with their lifecycle,
 * allocations to projects, payment claims, financing plans, deadlines, and the French rules as plain
 * classes ({@link fr.levier.funding.SelfFinancingFloor}, {@link fr.levier.funding.LapseClock},
 * {@link fr.levier.funding.Leverage}, {@link fr.levier.funding.ClaimCeilings},
 * {@link fr.levier.funding.MecenatCheck}, {@link fr.levier.funding.CommitmentStatus}). Public API: the
 * services and records of this package. Depends on project (its API and tab extension point), partner
 * (API, tab extension point, merge event), security and shared.
 */
package fr.levier.funding;
