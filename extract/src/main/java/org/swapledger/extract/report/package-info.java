@NullMarked
package org.swapledger.extract.report;

import org.jspecify.annotations.NullMarked;
