@NullMarked
package org.swapledger.extract.text;

import org.jspecify.annotations.NullMarked;
