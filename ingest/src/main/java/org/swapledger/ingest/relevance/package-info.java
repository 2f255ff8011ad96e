/** A fast first pass that tells articles about prisoner exchanges from the rest. */
@NullMarked
package org.swapledger.ingest.relevance;

import org.jspecify.annotations.NullMarked;
