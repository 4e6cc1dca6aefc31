/** Fixture for {@code LayeringTest}: shared code querying tables. */
package levierfixture.sharedsql;
