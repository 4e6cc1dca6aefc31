/** Global search: the provider contract each module implements for the header search box. */
package fr.levier.shared.search;
