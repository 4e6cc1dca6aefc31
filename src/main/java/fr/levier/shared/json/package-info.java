/** JSON conventions of the API: {@link fr.levier.shared.json.MoneySerializer}. */
package fr.levier.shared.json;
