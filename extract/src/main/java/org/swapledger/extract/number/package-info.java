@NullMarked
package org.swapledger.extract.number;

import org.jspecify.annotations.NullMarked;
