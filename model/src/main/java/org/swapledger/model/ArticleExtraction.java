package org.swapledger.model;

import java.util.List;
import java.util.Objects;

/** Everything the per-article pipeline found in one article. */
public record ArticleExtraction(
    Article article, String language, List<ExchangeReport> exchanges, List<CumulativeReport> cumulative) {
  public ArticleExtraction {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    exchanges = List.copyOf(exchanges);
    cumulative = List.copyOf(cumulative);
  }
}
