package org.swapledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Actor;
import org.swapledger.model.Claim;
import org.swapledger.model.Direction;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.PartialDate;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Side;
import org.swapledger.model.Span;
import org.swapledger.model.StoredReport;

/** Builds stored reports for tests: one article per report unless told otherwise, claim ids counting up. */
final class Reports {
  static final SourceAuthority AUTHORITY = new SourceAuthority(name -> Optional.ofNullable(switch (name) {
    case "Volodymyr Zelensky", "Dmytro Lubinets" -> new Actor(name, Actor.Kind.PERSON, Side.UKRAINE);
    case "Coordination Headquarters for the Treatment of Prisoners of War" ->
        new Actor(name, Actor.Kind.BODY, Side.UKRAINE);
    case "Russian Ministry of Defence" -> new Actor(name, Actor.Kind.BODY, Side.RUSSIA);
    case "United Arab Emirates" -> new Actor(name, Actor.Kind.MEDIATOR, null);
    default -> null;
  }));

  private long nextReport = 1;
  private long nextClaim = 1;
  private long nextArticle = 100;

  /** A figure as written in a test: direction, count, qualifier, source, and the sentence it came from. */
  record Fig(Direction direction, long count, Qualifier qualifier, @Nullable String source, String sentence,
      boolean additional) {
    Fig(Direction direction, long count, Qualifier qualifier, @Nullable String source, String sentence) {
      this(direction, count, qualifier, source, sentence, false);
    }
  }

  /** A further group stated on top of the main figure: "X says N more were sent back". */
  static Fig further(Direction d, long n, @Nullable String source) {
    return new Fig(d, n, Qualifier.EXACT, source, source + " says " + n + " more were sent back", true);
  }

  static Fig toUkraine(long n, @Nullable String source) {
    return new Fig(Direction.TO_UKRAINE, n, Qualifier.EXACT, source, source + " says " + n + " came home");
  }

  static Fig toRussia(long n, @Nullable String source) {
    return new Fig(Direction.TO_RUSSIA, n, Qualifier.EXACT, source, source + " says " + n + " were returned");
  }

  static Fig hedged(Direction d, long n, Qualifier q, @Nullable String source) {
    return new Fig(d, n, q, source, source + " says " + q + " " + n);
  }

  StoredReport report(String date, @Nullable Integer ordinal, List<String> mediators, Fig... figures) {
    return report(nextArticle++, date, ordinal, mediators, figures);
  }

  StoredReport report(long articleId, @Nullable String date, @Nullable Integer ordinal, List<String> mediators,
      Fig... figures) {
    List<Figure> figs = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    for (Fig f : figures) {
      Span evidence = new Span(0, f.sentence().length());
      Figure figure = new Figure(f.direction(), f.count(), f.qualifier(), f.source(), evidence, new Span(0, 1),
          f.additional());
      figs.add(figure);
      claims.add(new Claim(nextClaim++, nextReport, articleId, "Outlet " + articleId, figure, Claim.evidenceKey(f.sentence())));
    }
    PartialDate d = date == null ? null : PartialDate.parse(date);
    ExchangeReport r = new ExchangeReport(d, figs, mediators, ordinal, null, null, d != null && d.monthOnly());
    LocalDate published = d == null ? null : d.date();
    return new StoredReport(nextReport++, articleId, "Outlet " + articleId, published, r, claims);
  }
}
