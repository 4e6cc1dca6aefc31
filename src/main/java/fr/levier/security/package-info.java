/**
 * Security: users stored in the database (BCrypt hashes), the four roles, API tokens, and the two
 * filter chains (stateless {@code /api/**} first, then Vaadin's form login). Public API:
 * {@link fr.levier.security.Role}, {@link fr.levier.security.UserService},
 * {@link fr.levier.security.ApiTokenService} and their records.
 */
package fr.levier.security;
