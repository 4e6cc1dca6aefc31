/** Fixture for {@code LayeringTest}: Vaadin used outside a ui package. */
package levierfixture.vaadininservice;
