/** Benchmark tools: a generator of synthetic exchange coverage in varied forms. */
@NullMarked
package org.swapledger.bench;

import org.jspecify.annotations.NullMarked;
