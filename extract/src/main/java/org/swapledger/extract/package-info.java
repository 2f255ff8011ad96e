/** The per-article pipeline; {@link org.swapledger.extract.ArticlePipeline} wires the stages in order. */
@NullMarked
package org.swapledger.extract;

import org.jspecify.annotations.NullMarked;
