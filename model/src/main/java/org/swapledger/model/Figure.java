package org.swapledger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stated head count of an exchange: how many, to whom, how hedged, in whose voice, and the exact text.
 *
 * @param source canonical English name of who said it; null when it is the outlet's own voice
 * @param evidence the sentence (or clause) the figure was read from
 * @param number the span of the number itself, inside {@code evidence}
 * @param additional a further group handed over in the same exchange, stated as on top of the main figure ("and a
 *     further 22 wounded", "Moscow also sent 31 wounded"): the ledger adds it to that figure instead of weighing
 *     it against it
 */
public record Figure(Direction direction, long count, Qualifier qualifier, @Nullable String source, Span evidence,
    Span number, boolean additional) {
  /** A figure of the main group. */
  public Figure(Direction direction, long count, Qualifier qualifier, @Nullable String source, Span evidence,
      Span number) {
    this(direction, count, qualifier, source, evidence, number, false);
  }

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
