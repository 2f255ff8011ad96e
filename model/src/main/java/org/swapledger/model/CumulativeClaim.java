package org.swapledger.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One stored running total, with the article it came from; the as-of date falls back to publication. */
public record CumulativeClaim(long id, long articleId, @Nullable String outlet, @Nullable LocalDate published,
    CumulativeReport report) {
  public CumulativeClaim {
    Objects.requireNonNull(report, "report");
  }

  /** The day the total refers to: its stated date (a month counts as its last day), else the publication date. */
  public @Nullable LocalDate asOf() {
    PartialDate d = report.asOf();
    if (d != null) {
      return d.monthOnly() ? d.yearMonth().atEndOfMonth() : d.date();
    }
    return published;
  }
}
