/** Helpers shared by the ingest packages. Internal: do not depend on this from other modules. */
@NullMarked
package org.swapledger.ingest.internal;

import org.jspecify.annotations.NullMarked;
