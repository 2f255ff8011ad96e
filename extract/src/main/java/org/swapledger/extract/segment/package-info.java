@NullMarked
package org.swapledger.extract.segment;

import org.jspecify.annotations.NullMarked;
