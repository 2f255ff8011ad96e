package org.swapledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exchange report as kept in the store: the report, the article it came from, and its figures as claims
 * (in the order of {@code report.figures()}).
 */
public record StoredReport(long id, long articleId, @Nullable String outlet, @Nullable LocalDate published,
    ExchangeReport report, List<Claim> claims) {
  public StoredReport {
    Objects.requireNonNull(report, "report");
    claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    if (claims.size() != report.figures().size()) {
      throw new IllegalArgumentException("claims (" + claims.size() + ") must match the report's figures ("
          + report.figures().size() + ")");
    }
  }
}
