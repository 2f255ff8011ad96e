package org.swapledger.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;

/** Runs the shipped pipeline on a test article and prints its facts one per line, for literal comparison. */
final class Facts {
  private static final ArticlePipeline PIPELINE = ArticlePipeline.shipped();

  private Facts() {}

  static ArticleExtraction extract(String text, String published) {
    return PIPELINE.extract(new Article("test", null, null, LocalDate.parse(published), text));
  }

  /** "2024-01-31 TO_UKRAINE 207 EXACT Volodymyr Zelensky", one line per figure. */
  static List<String> figures(ArticleExtraction x) {
    List<String> out = new ArrayList<>();
    for (ExchangeReport r : x.exchanges()) {
      for (Figure f : r.figures()) {
        out.add(r.date() + " " + f.direction() + " " + f.count() + " " + f.qualifier() + " " + f.source());
      }
    }
    return out;
  }

  /** "2024-01-31", one line per exchange. */
  static List<String> dates(ArticleExtraction x) {
    return x.exchanges().stream().map(r -> String.valueOf(r.date())).toList();
  }

  /** "2024-01-31 [United Arab Emirates] Belarus", one line per exchange. */
  static List<String> mediatorsAndPlaces(ArticleExtraction x) {
    return x.exchanges().stream().map(r -> r.date() + " " + r.mediators() + " " + r.location()).toList();
  }

  /** "UKRAINE 3035 EXACT Dmytro Lubinets", one line per running total. */
  static List<String> totals(ArticleExtraction x) {
    List<String> out = new ArrayList<>();
    for (CumulativeReport c : x.cumulative()) {
      out.add(c.side() + " " + c.count() + " " + c.qualifier() + " " + c.source());
    }
    return out;
  }
}
