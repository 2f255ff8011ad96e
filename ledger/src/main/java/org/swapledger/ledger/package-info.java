/** Cross-article reasoning: clusters reports into events, reconciles figures per side and source, checks totals. */
@NullMarked
package org.swapledger.ledger;

import org.jspecify.annotations.NullMarked;
