/**
 * The store: SQLite in one file by default, or PostgreSQL ({@link org.swapledger.store.Database} tells a
 * {@code --db} value apart); schema by Flyway migrations in portable SQL, the same on both; plain-JDBC repositories.
 * The few statements the two spell differently ask {@code Sql.postgres}; see the module's README.
 */
@NullMarked
package org.swapledger.store;

import org.jspecify.annotations.NullMarked;
