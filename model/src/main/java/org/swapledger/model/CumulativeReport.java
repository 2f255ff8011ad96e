package org.swapledger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A running total: "over 3,000 Ukrainians have come home since February 2022". */
public record CumulativeReport(
    Side side, long count, Qualifier qualifier, @Nullable PartialDate asOf, @Nullable String source, Span evidence,
    Span number) {
  public CumulativeReport {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(number, "number");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
  }
}
