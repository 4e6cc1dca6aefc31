/** Fixture for {@code SchemaNamesTest}: two API types with the same schema name. */
package levierfixture.schemaclash;
