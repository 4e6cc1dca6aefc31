/** Translations: the bundles ({@link fr.levier.shared.i18n.Translator}) and the services' messages ({@link fr.levier.shared.i18n.Messages}). */
package fr.levier.shared.i18n;
