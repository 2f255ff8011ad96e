package org.swapledger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stated head count of an exchange: how many, to whom, how hedged, in whose voice, and the exact text.
 *
 * @param source canonical English name of who said it; null when it is the outlet's own voice
 * @param evidence the sentence (or clause) the figure was read from
 * @param number the span of the number itself, inside {@code evidence}
 */
public record Figure(
    Direction direction, long count, Qualifier qualifier, @Nullable String source, Span evidence, Span number) {
  public Figure {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(number, "number");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    if (!evidence.contains(number)) {
      throw new IllegalArgumentException("number " + number + " must lie inside evidence " + evidence);
    }
  }

  public CountInterval interval() {
    return qualifier.interval(count);
  }
}
