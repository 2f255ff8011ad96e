package org.swapledger.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.LedgerBrowser.ArticleDetail;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.BrowseRepository.CumulativeView;
import org.swapledger.store.BrowseRepository.EventFilter;
import org.swapledger.store.BrowseRepository.EventPage;

/** The web pages, rendered on the server from jte templates (HTML-escaped by the engine). */
final class Pages {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
  private final TemplateEngine jte = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.swapledger.server");
  private final Readers readers;
  private final Api api;

  Pages(Readers readers, Api api) {
    this.readers = readers;
    this.api = api;
  }

  /** The events table: filters as given, the page found, and links that keep the filters. */
  record EventsModel(Map<String, String> params, List<ApiJson.Event> items, long total, int offset, int limit,
      String sort) {
    String value(String name) {
      return params.getOrDefault(name, "");
    }

    boolean selected(String name, String value) {
      return value.equals(params.get(name));
    }

    /** Link sorting by {@code column}: ascending first, descending when already ascending. */
    String sortHref(String column) {
      return href(Map.of("sort", sort.equals(column) ? "-" + column : column, "offset", ""));
    }

    /** aria-sort of a column header. */
    String ariaSort(String column) {
      return sort.equals(column) ? "ascending" : sort.equals("-" + column) ? "descending" : "none";
    }

    @Nullable String previous() {
      return offset == 0 ? null : href(Map.of("offset", Integer.toString(Math.max(0, offset - limit))));
    }

    @Nullable String next() {
      return offset + limit >= total ? null : href(Map.of("offset", Integer.toString(offset + limit)));
    }

    private String href(Map<String, String> changes) {
      Map<String, String> p = new LinkedHashMap<>(params);
      p.putAll(changes);
      List<String> parts = new ArrayList<>();
      p.forEach((k, v) -> {
        if (!v.isEmpty()) {
          parts.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
      });
      return "/events" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }
  }

  /** One exchange: its claims split by direction, the pairs and the checks. */
  record EventModel(ApiJson.EventWithClaims d) {
    List<ApiJson.Claim> claims(String direction) {
      return d.claims().stream().filter(c -> c.direction().equals(direction)).toList();
    }

    /**
     * How the best figure of a direction adds up when it rests on several claims ("246 + 31": the swap and a
     * further group), or null when it is one claim's figure.
     */
    @Nullable String sum(String direction) {
      List<String> parts = new ArrayList<>();
      java.util.Set<Long> counted = new java.util.HashSet<>();
      for (ApiJson.Claim c : claims(direction)) {
        Long n = c.best() ? Long.valueOf(c.figure().count()) : null;
        if (n != null && counted.add(n)) {
          parts.add(Long.toString(n));
        }
      }
      return parts.size() > 1 ? String.join(" + ", parts) : null;
    }

    /**
     * For each direction with a contradicting pair, one claim per disputed figure (the first-ranked one), so a
     * reader sees "207 according to … vs 195 according to …" with both sentences.
     */
    Map<String, List<ApiJson.Claim>> contradictions() {
      Map<String, List<ApiJson.Claim>> out = new LinkedHashMap<>();
      for (ApiJson.Pair p : d.pairs()) {
        if (!p.status().equals("contradiction")) {
          continue;
        }
        List<ApiJson.Claim> shown = out.computeIfAbsent(p.direction(), k -> new ArrayList<>());
        for (ApiJson.Claim c : d.claims()) {
          if ((c.id() == p.first() || c.id() == p.second()) && c.direction().equals(p.direction())
              && shown.stream().noneMatch(x -> x.figure().text().equals(c.figure().text()))) {
            shown.add(c);
          }
        }
      }
      out.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(c -> d.claims().indexOf(c))));
      return out;
    }

    String claimLabel(long id) {
      return d.claims().stream().filter(c -> c.id() == id).findFirst()
          .map(c -> c.figure().text() + " · " + Pages.sourceLabel(c)).orElse("claim " + id);
    }
  }

  /** One article with its text cut at every evidence span. */
  record ArticleModel(ApiJson.Article a, List<ArticleText.Piece> pieces, int spans) {
    @Nullable String safeUrl() {
      return Pages.safeUrl(a.url());
    }
  }

  record ChecksModel(List<ApiJson.Check> checks, boolean flaggedOnly, long flagged) {}

  void routes(JavalinDefaultRoutingApi routes) {
    Reads r = new Reads(routes);
    r.get("/", ctx -> LedgerServer.sendHtml(ctx, render("timeline.jte", Map.of("stats", api.stats()))));
    r.get("/events", this::events);
    r.get("/events/{id}", this::event);
    r.get("/articles/{id}", this::article);
    r.get("/checks", ctx -> {
      boolean flagged = "flag".equals(Api.text(ctx, "outcome"));
      List<ApiJson.Check> checks = readers.cached("checks:" + flagged, b -> b.checks(flagged)).stream()
          .map(ApiJson::check).toList();
      long count = checks.stream().filter(k -> k.outcome().equals("flag")).count();
      LedgerServer.sendHtml(ctx, render("checks.jte", Map.of("m", new ChecksModel(checks, flagged, count))));
    });
    r.get("/api", ctx -> LedgerServer.sendHtml(ctx, render("apidocs.jte", Map.of())));
  }

  private void events(Context ctx) {
    EventFilter f = Api.filter(ctx, readers, 100);
    EventPage page = Api.page(readers, f);
    Map<String, String> params = new LinkedHashMap<>();
    for (String name : List.of("q", "from", "to", "side", "mediator", "flag", "status", "sort", "limit")) {
      String v = ctx.queryParam(name);
      if (v != null && !v.isBlank()) {
        params.put(name, v.strip());
      }
    }
    String sort = (f.descending() ? "-" : "") + f.sort();
    EventsModel m = new EventsModel(params, page.items().stream().map(ApiJson::event).toList(), page.total(),
        f.offset(), f.limit(), sort);
    LedgerServer.sendHtml(ctx, render("events.jte", Map.of("m", m)));
  }

  private void event(Context ctx) {
    String raw = ctx.pathParam("id");
    if (DAY.matcher(raw).matches()) {
      EventPage found = readers.read(b -> b.events(new EventFilter(raw, raw, null, null, null, null, null, "date",
          false, 1, 0)));
      if (found.items().isEmpty()) {
        throw HttpProblem.notFound("no exchange on " + raw);
      }
      ctx.redirect("/events/" + found.items().getFirst().row().id());
      return;
    }
    long id = Api.id(ctx);
    ApiJson.EventWithClaims d = ApiJson.eventDetail(readers.read(b -> b.findEvent(id))
        .orElseThrow(() -> HttpProblem.notFound("no exchange " + raw)));
    LedgerServer.sendHtml(ctx, render("event.jte", Map.of("m", new EventModel(d))));
  }

  private void article(Context ctx) {
    long id = Api.id(ctx);
    ArticleDetail d = readers.read(b -> b.findArticle(id))
        .orElseThrow(() -> HttpProblem.notFound("no article " + ctx.pathParam("id")));
    List<ArticleText.Highlight> hs = new ArrayList<>();
    for (ClaimRow c : d.claims()) {
      hs.add(new ArticleText.Highlight("claim-" + c.id(), c.evidenceStart(), c.evidenceEnd(),
          c.eventId() == null ? null : "/events/" + c.eventId() + "#claim-" + c.id(),
          direction(c.direction()) + ": " + ApiJson.figure(c.count(), c.qualifier()).text()
              + (c.eventDate() == null ? "" : " (exchange of " + c.eventDate() + ")")));
    }
    for (CumulativeView c : d.cumulative()) {
      hs.add(new ArticleText.Highlight("total-" + c.id(), c.evidenceStart(), c.evidenceEnd(), "/checks",
          "running total, returned to " + c.side() + ": " + ApiJson.figure(c.count(), c.qualifier()).text()));
    }
    ApiJson.Article a = ApiJson.article(d);
    LedgerServer.sendHtml(ctx, render("article.jte",
        Map.of("m", new ArticleModel(a, ArticleText.cut(a.text(), hs), hs.size()))));
  }

  String error(int status, String title, String detail) {
    return render("error.jte", Map.of("status", status, "title", title, "detail", detail));
  }

  private String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    jte.render(template, params, out);
    return out.toString();
  }

  static String direction(String d) {
    return switch (d) {
      case "returned_to_ukraine" -> "Returned to Ukraine";
      case "returned_to_russia" -> "Returned to Russia";
      case "total" -> "Total (both sides)";
      default -> d.replace('_', ' ');
    };
  }

  static String sourceLabel(ApiJson.Claim c) {
    String outlet = c.article().outlet() == null ? c.article().inputId() : c.article().outlet();
    return c.source() == null ? outlet + " (own voice)" : c.source() + ", via " + outlet;
  }

  /** An article's address as a link only when it is plain http(s); anything else (javascript:, data:) is text. */
  static @Nullable String safeUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && u.chars().noneMatch(Character::isISOControl)
        ? u : null;
  }
}
