/** The REST API and web UI over the ledger ({@code swapledger serve}): read-only, through app. */
@NullMarked
package org.swapledger.server;

import org.jspecify.annotations.NullMarked;
