@NullMarked
package org.swapledger.extract.date;

import org.jspecify.annotations.NullMarked;
