@NullMarked
package org.swapledger.extract.actor;

import org.jspecify.annotations.NullMarked;
