/** Immutable records shared by every module: articles, spans, figures, exchange reports, issues. */
@NullMarked
package org.swapledger.model;

import org.jspecify.annotations.NullMarked;
