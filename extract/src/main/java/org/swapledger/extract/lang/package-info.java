@NullMarked
package org.swapledger.extract.lang;

import org.jspecify.annotations.NullMarked;
