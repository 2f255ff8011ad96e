@NullMarked
package org.swapledger.extract.quote;

import org.jspecify.annotations.NullMarked;
