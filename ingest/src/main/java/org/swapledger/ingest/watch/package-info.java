/** Polling feeds: conditional GETs, new items fetched and handed to a pluggable sink, state kept in a file. */
@NullMarked
package org.swapledger.ingest.watch;

import org.jspecify.annotations.NullMarked;
