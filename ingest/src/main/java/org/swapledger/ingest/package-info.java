/** Readers that turn input files and streams into articles, and bad input into issues. */
@NullMarked
package org.swapledger.ingest;

import org.jspecify.annotations.NullMarked;
