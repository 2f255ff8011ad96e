/** Use cases: what a command or a request does, over the pipeline, the readers and the store. */
@NullMarked
package org.swapledger.app;

import org.jspecify.annotations.NullMarked;
