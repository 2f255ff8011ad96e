@NullMarked
package org.swapledger.extract.language;

import org.jspecify.annotations.NullMarked;
