package org.swapledger.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.LedgerBrowser.ArticleDetail;
import org.swapledger.app.LedgerBrowser.EventDetail;
import org.swapledger.app.LedgerBrowser.TimelineItem;
import org.swapledger.store.BrowseRepository.ArticleView;
import org.swapledger.store.BrowseRepository.BasisView;
import org.swapledger.store.BrowseRepository.CheckView;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.BrowseRepository.CumulativeView;
import org.swapledger.store.BrowseRepository.EventItem;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.QueryRepository.PairRow;

/** The shapes the REST API answers with (serialised in snake_case), built from the ledger's rows. */
final class ApiJson {
  private ApiJson() {}

  /** A count as reported: exact 230, "more than 200", with the words a reader sees. */
  record Figure(long count, String qualifier, String text) {}

  record Event(long id, String date, @Nullable Integer ordinal, @Nullable Figure returnedToUkraine,
      @Nullable Figure returnedToRussia, @Nullable Figure total, List<String> mediators, @Nullable String location,
      @Nullable Long stageOf, int sources, int articles, List<String> flags, List<String> flagDetails, String url,
      String page) {}

  record Page<T>(long total, int offset, int limit, List<T> items) {}

  record ArticleRef(long id, String inputId, @Nullable String outlet, @Nullable String url,
      @Nullable String published, String page) {}

  record Evidence(String text, int start, int end) {}

  record Claim(long id, @Nullable Long eventId, @Nullable String eventDate, String direction, Figure figure, long low,
      @Nullable Long high, @Nullable String source, @Nullable String authority, @Nullable Integer sourceGroup,
      boolean best, boolean superseded, boolean additional, ArticleRef article, Evidence evidence,
      String evidencePage) {}

  record Pair(String direction, long first, long second, String status) {}

  record Basis(String kind, long id, @Nullable Long articleId, @Nullable Long eventId, String label) {}

  record Check(long id, String kind, String outcome, String message, List<Basis> basis) {}

  record EventWithClaims(Event event, List<Claim> claims, List<Pair> pairs, List<Check> checks) {}

  record Span(String kind, long id, @Nullable Long eventId, String direction, Figure figure, int start, int end,
      String text) {}

  record Article(long id, String inputId, @Nullable String url, @Nullable String outlet, @Nullable String published,
      String language, @Nullable Long supersededBy, String text, List<Span> spans) {}

  static @Nullable Figure figure(@Nullable Long count, @Nullable String qualifier) {
    if (count == null) {
      return null;
    }
    String q = qualifier == null ? "exact" : qualifier;
    return new Figure(count, q, q.equals("exact") ? Long.toString(count) : q.replace('_', ' ') + " " + count);
  }

  /** Flags a reader filters by: contradiction (stored), gap (an ordinal check flags it), unchecked (one source). */
  static List<String> flags(EventItem e) {
    List<String> out = new ArrayList<>();
    if (e.row().flags().contains("contradiction")) {
      out.add("contradiction");
    }
    if (e.gap()) {
      out.add("gap");
    }
    if (e.row().sources() < 2) {
      out.add("unchecked");
    }
    return out;
  }

  static List<String> split(String joined) {
    return joined.isBlank() ? List.of() : List.of(joined.split(";\\s*"));
  }

  static Event event(EventItem e) {
    EventRow r = e.row();
    return new Event(r.id(), r.date(), r.ordinal(), figure(r.toUkraine(), r.toUkraineQualifier()),
        figure(r.toRussia(), r.toRussiaQualifier()), figure(r.total(), r.totalQualifier()), split(r.mediators()),
        r.location(), r.stageOf(), r.sources(), r.articles(), flags(e), split(r.flags()), "/api/events/" + r.id(),
        "/events/" + r.id());
  }

  static Claim claim(ClaimRow c) {
    return new Claim(c.id(), c.eventId(), c.eventDate(), c.direction(), figure(c.count(), c.qualifier()), c.low(),
        c.high(), c.source(), c.authority(), c.sourceGroup(), c.best(), c.superseded(), c.additional(),
        new ArticleRef(c.articleId(), c.articleInputId(), c.outlet(), c.url(), c.published(),
            "/articles/" + c.articleId()),
        new Evidence(c.evidence(), c.evidenceStart(), c.evidenceEnd()),
        "/articles/" + c.articleId() + "#claim-" + c.id());
  }

  static Check check(CheckView k) {
    return new Check(k.id(), k.kind(), k.outcome(), k.message(), k.basis().stream()
        .map((BasisView b) -> new Basis(b.kind(), b.id(), b.articleId(), b.eventId(), b.label())).toList());
  }

  static EventWithClaims eventDetail(EventDetail d) {
    return new EventWithClaims(event(d.event()), d.claims().stream().map(ApiJson::claim).toList(),
        d.pairs().stream().map((PairRow p) -> new Pair(p.direction(), p.first(), p.second(), p.status())).toList(),
        d.checks().stream().map(ApiJson::check).toList());
  }

  static Article article(ArticleDetail d) {
    ArticleView a = d.article();
    List<Span> spans = new ArrayList<>();
    for (ClaimRow c : d.claims()) {
      spans.add(new Span("claim", c.id(), c.eventId(), c.direction(), figure(c.count(), c.qualifier()),
          c.evidenceStart(), c.evidenceEnd(), c.evidence()));
    }
    for (CumulativeView c : d.cumulative()) {
      spans.add(new Span("cumulative", c.id(), null, "cumulative_" + c.side(), figure(c.count(), c.qualifier()),
          c.evidenceStart(), c.evidenceEnd(), c.evidence()));
    }
    return new Article(a.id(), a.inputId(), a.url(), a.outlet(), a.published(), a.language(), a.supersededBy(),
        a.text(), spans);
  }

  /**
   * The timeline in a compact, columnar-ish form (10,000 exchanges must load fast): {@code labels} holds each
   * distinct "source (outlet)" once; each event is an array {@code [id, date, ordinal, to_ukraine, to_ukraine_text,
   * to_russia, to_russia_text, flags, sources, ukraine_label, russia_label]}, where a text is null when it is the
   * bare count, flags are comma-joined, and a label is an index into {@code labels} (-1: none).
   */
  static Map<String, Object> timeline(List<TimelineItem> items) {
    Map<String, Integer> labelIndex = new java.util.LinkedHashMap<>();
    List<Object[]> events = new ArrayList<>(items.size());
    for (TimelineItem t : items) {
      EventRow r = t.event().row();
      Figure ua = figure(r.toUkraine(), r.toUkraineQualifier());
      Figure ru = figure(r.toRussia(), r.toRussiaQualifier());
      events.add(new Object[] {r.id(), r.date(), r.ordinal(), ua == null ? null : ua.count(), textUnlessBare(ua),
          ru == null ? null : ru.count(), textUnlessBare(ru), String.join(",", flags(t.event())), r.sources(),
          label(labelIndex, t.bestSources().get("returned_to_ukraine")),
          label(labelIndex, t.bestSources().get("returned_to_russia"))});
    }
    return Map.of("labels", List.copyOf(labelIndex.keySet()), "events", events);
  }

  private static @Nullable String textUnlessBare(@Nullable Figure f) {
    return f == null || f.qualifier().equals("exact") ? null : f.text();
  }

  private static int label(Map<String, Integer> index, @Nullable String label) {
    return label == null || label.isEmpty() ? -1 : index.computeIfAbsent(label, k -> index.size());
  }
}
