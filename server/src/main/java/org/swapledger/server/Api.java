package org.swapledger.server;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.LedgerBrowser.YearStats;
import org.swapledger.app.LedgerExport;
import org.swapledger.store.BrowseRepository;
import org.swapledger.store.BrowseRepository.EventFilter;
import org.swapledger.store.BrowseRepository.EventPage;

/** The REST API: JSON reads of events, claims, articles, checks and totals, exports, and its OpenAPI document. */
final class Api {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private final Readers readers;
  private final byte[] openApi;

  Api(Readers readers) {
    this.readers = readers;
    try (InputStream in = Api.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi.json from the server jar", e);
    }
  }

  void routes(JavalinDefaultRoutingApi routes) {
    Reads r = new Reads(routes);
    r.get("/api/openapi.json", ctx -> LedgerServer.send(ctx, openApi, "application/json"));
    r.get("/api/events", this::events);
    r.get("/api/events/{id}", ctx -> LedgerServer.sendJson(ctx, ApiJson.eventDetail(readers.read(b ->
        b.findEvent(id(ctx))).orElseThrow(() -> HttpProblem.notFound("no event " + ctx.pathParam("id"))))));
    r.get("/api/claims", ctx -> {
      int limit = limit(ctx);
      int offset = offset(ctx);
      Long event = optionalId(ctx, "event");
      Long article = optionalId(ctx, "article");
      String direction = text(ctx, "direction");
      List<ApiJson.Claim> items = readers.read(b -> b.claims(event, article, direction, limit, offset)).stream()
          .map(ApiJson::claim).toList();
      LedgerServer.sendJson(ctx, Map.of("offset", offset, "limit", limit, "items", items));
    });
    r.get("/api/articles/{id}", ctx -> LedgerServer.sendJson(ctx, ApiJson.article(readers.read(b ->
        b.findArticle(id(ctx))).orElseThrow(() -> HttpProblem.notFound("no article " + ctx.pathParam("id"))))));
    r.get("/api/checks", ctx -> {
      boolean flagged = "flag".equals(text(ctx, "outcome"));
      LedgerServer.send(ctx, readers.cached("checks.json:" + flagged, b -> json(b.checks(flagged).stream()
          .map(ApiJson::check).toList())), "application/json");
    });
    r.get("/api/stats", ctx -> LedgerServer.sendJson(ctx, stats()));
    r.get("/api/timeline", ctx -> LedgerServer.send(ctx, timeline(), "application/json"));
    r.get("/api/export/{file}", this::export);
  }

  /** The timeline's data as JSON, computed again only after the database changed (it reads every event). */
  /** Computes what the first visitors would otherwise wait for. */
  void warm() {
    timeline();
    stats();
    readers.cached("search-texts", b -> b.searchTexts());
  }

  byte[] timeline() {
    return readers.cached("timeline.json", b -> json(ApiJson.timeline(b.timeline())));
  }

  private static byte[] json(Object value) {
    try {
      return LedgerServer.JSON.writeValueAsBytes(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * A page of events. The answer is cached per query string until the database changes: most visitors ask for the
   * same few pages of a ledger that changes only when an ingest commits.
   */
  private void events(Context ctx) {
    EventFilter f = filter(ctx, readers, DEFAULT_LIMIT);
    String query = ctx.queryString();
    byte[] body = readers.cachedAnswer("events?" + (query == null ? "" : query), b -> {
      EventPage page = page(readers, b, f);
      return json(new ApiJson.Page<>(page.total(), f.offset(), f.limit(),
          page.items().stream().map(ApiJson::event).toList()));
    });
    LedgerServer.send(ctx, body, "application/json");
  }

  /**
   * One page of events; the count of all that match is cached per filter until the database changes, since
   * counting reads every matching event while a page reads only its own.
   */
  static EventPage page(Readers readers, EventFilter f) {
    return readers.read(b -> page(readers, b, f));
  }

  /** The same, on a connection the caller holds. */
  static EventPage page(Readers readers, org.swapledger.app.LedgerBrowser b, EventFilter f) {
    EventFilter all = new EventFilter(f.from(), f.to(), f.side(), f.mediator(), f.flag(), f.status(), f.ids(),
        "id", false, 0, 0);
    long total = readers.cachedOn(b, "count:" + all, () -> b.countEvents(all));
    return new EventPage(b.eventPage(f), total);
  }

  Map<String, Object> stats() {
    List<YearStats> years = readers.cached("stats", b -> b.stats());
    long events = years.stream().mapToLong(YearStats::events).sum();
    YearStats last = years.isEmpty() ? null : years.getLast();
    return Map.of("years", years, "totals", Map.of("events", events,
        "returned_to_ukraine", last == null ? 0 : last.cumulativeToUkraine(),
        "returned_to_russia", last == null ? 0 : last.cumulativeToRussia()));
  }

  private void export(Context ctx) {
    String file = ctx.pathParam("file");
    int dot = file.lastIndexOf('.');
    String what = dot < 0 ? file : file.substring(0, dot);
    String ext = dot < 0 ? "" : file.substring(dot + 1);
    if (!what.equals("events") && !what.equals("claims")) {
      throw HttpProblem.notFound("export events or claims, as events.csv, claims.json, events.ndjson; not " + file);
    }
    LedgerExport.Format format = switch (ext) {
      case "csv" -> LedgerExport.Format.CSV;
      case "json" -> LedgerExport.Format.JSON;
      case "ndjson" -> LedgerExport.Format.NDJSON;
      default -> throw HttpProblem.notFound("export formats are csv, json and ndjson; not " + file);
    };
    byte[] body = readers.cached("export:" + file, b -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
      b.export(what.equals("claims"), format, out);
      out.flush();
      return bytes.toByteArray();
    });
    ctx.header("Content-Disposition", "attachment; filename=\"swapledger-" + file + "\"");
    LedgerServer.send(ctx, body, switch (format) {
      case CSV -> "text/csv; charset=utf-8; header=present";
      case JSON -> "application/json";
      case NDJSON -> "application/x-ndjson";
    });
  }

  /** The event filter, sort and page a request asks for; bad values are a 400 that names the parameter. */
  static EventFilter filter(Context ctx, Readers readers, int defaultLimit) {
    String from = date(ctx, "from");
    String to = date(ctx, "to");
    String side = choice(ctx, "side", List.of("ukraine", "russia"));
    String flag = choice(ctx, "flag", List.of("contradiction", "gap", "unchecked", "none"));
    String status = choice(ctx, "status", BrowseRepository.STATUSES);
    String sort = ctx.queryParam("sort");
    boolean desc = false;
    if (sort == null || sort.isBlank()) {
      sort = "date";
    } else if (sort.startsWith("-")) {
      desc = true;
      sort = sort.substring(1);
    }
    if (!BrowseRepository.SORTS.containsKey(sort)) {
      throw HttpProblem.badRequest("sort must be one of " + new java.util.TreeSet<>(BrowseRepository.SORTS.keySet())
          + " (a leading '-' sorts descending), was " + sort);
    }
    String q = text(ctx, "q");
    List<Long> ids = q == null ? null : search(readers, q);
    return new EventFilter(from, to, side, text(ctx, "mediator"), flag, status, ids, sort, desc,
        limit(ctx, defaultLimit), offset(ctx));
  }

  /** The ids of the events whose date, mediators, location, flags, sources or outlets contain {@code q}. */
  static List<Long> search(Readers readers, String q) {
    String needle = q.toLowerCase(Locale.ROOT);
    Map<Long, String> texts = readers.cached("search-texts", b -> b.searchTexts());
    List<Long> out = new java.util.ArrayList<>();
    texts.forEach((id, text) -> {
      if (text.contains(needle)) {
        out.add(id);
      }
    });
    return out;
  }

  static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static @Nullable String date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v != null && !DATE.matcher(v).matches()) {
      throw HttpProblem.badRequest(name + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD, was " + v);
    }
    return v;
  }

  private static @Nullable String choice(Context ctx, String name, List<String> allowed) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    v = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw HttpProblem.badRequest(name + " must be one of " + allowed + ", was " + v);
    }
    return v;
  }

  static int limit(Context ctx) {
    return limit(ctx, DEFAULT_LIMIT);
  }

  private static int limit(Context ctx, int defaultLimit) {
    int v = integer(ctx, "limit", defaultLimit);
    if (v < 1 || v > MAX_LIMIT) {
      throw HttpProblem.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + v);
    }
    return v;
  }

  static int offset(Context ctx) {
    int v = integer(ctx, "offset", 0);
    if (v < 0) {
      throw HttpProblem.badRequest("offset must be >= 0, was " + v);
    }
    return v;
  }

  private static int integer(Context ctx, String name, int dflt) {
    String v = text(ctx, name);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " must be a whole number, was " + v);
    }
  }

  static long id(Context ctx) {
    String v = ctx.pathParam("id");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("ids are whole numbers; no " + v);
    }
  }

  private static @Nullable Long optionalId(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " must be a whole number (an id), was " + v);
    }
  }
}
