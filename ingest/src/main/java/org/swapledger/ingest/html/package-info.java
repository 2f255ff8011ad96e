/** HTML pages to text and metadata: charset detection, main-text extraction, live-blog posts. */
@NullMarked
package org.swapledger.ingest.html;

import org.jspecify.annotations.NullMarked;
