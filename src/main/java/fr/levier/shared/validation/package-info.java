/**
 * Bean Validation constraints shared by every module's input records: {@link fr.levier.shared.validation.SafeText}
 * (no control characters, lone surrogates or bidi overrides), {@link fr.levier.shared.validation.WebUrl}
 * (http and https only) and {@link fr.levier.shared.validation.PlausibleDate} (no year 9999).
 */
package fr.levier.shared.validation;
