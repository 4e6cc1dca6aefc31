/** REST API of funding: commitments, allocations, claims and a project's financing plan. Internal to the module. */
package fr.levier.funding.api;
