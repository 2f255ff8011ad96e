/** RSS and Atom feeds to items (rome). */
@NullMarked
package org.swapledger.ingest.feed;

import org.jspecify.annotations.NullMarked;
