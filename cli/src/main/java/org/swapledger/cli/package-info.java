/** The command line: picocli commands over the use cases. Exit codes: 0 ok, 1 failure or bad input, 2 usage. */
@NullMarked
package org.swapledger.cli;

import org.jspecify.annotations.NullMarked;
