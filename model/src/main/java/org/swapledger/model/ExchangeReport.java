package org.swapledger.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one article says about one exchange.
 *
 * @param date the day (or month) of the exchange; null when the article does not let us tell
 * @param ordinal the official running number ("the 49th exchange"), when stated
 * @param ordinalEvidence where the ordinal was read, when there is one
 * @param inPassing true for an earlier exchange the article mentions besides its main subject
 */
public record ExchangeReport(
    @Nullable PartialDate date,
    List<Figure> figures,
    List<String> mediators,
    @Nullable Integer ordinal,
    @Nullable Span ordinalEvidence,
    @Nullable String location,
    boolean inPassing) {
  public ExchangeReport {
    figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
    mediators = List.copyOf(Objects.requireNonNull(mediators, "mediators"));
    if (ordinal != null && ordinal <= 0) {
      throw new IllegalArgumentException("ordinal must be positive: " + ordinal);
    }
  }

  public List<Figure> figures(Direction direction) {
    return figures.stream().filter(f -> f.direction() == direction).toList();
  }
}
