/** The store: SQLite in one file by default, schema by Flyway migrations in portable SQL, plain-JDBC repositories. */
@NullMarked
package org.swapledger.store;

import org.jspecify.annotations.NullMarked;
