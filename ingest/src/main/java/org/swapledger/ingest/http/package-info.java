/** A polite HTTP fetcher on the JDK HttpClient: robots.txt, per-host rate limit, retries, size and time caps. */
@NullMarked
package org.swapledger.ingest.http;

import org.jspecify.annotations.NullMarked;
