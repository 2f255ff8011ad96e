package org.swapledger.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.swapledger.store.BrowseRepository;
import org.swapledger.store.BrowseRepository.ArticleView;
import org.swapledger.store.BrowseRepository.CheckView;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.BrowseRepository.CumulativeView;
import org.swapledger.store.BrowseRepository.EventFilter;
import org.swapledger.store.BrowseRepository.EventItem;
import org.swapledger.store.BrowseRepository.EventPage;
import org.swapledger.store.BrowseRepository.YearRow;
import org.swapledger.store.QueryRepository.PairRow;
import org.swapledger.store.Database;
import org.swapledger.store.Store;

/**
 * Reads the ledger for browsing (the web UI and REST API): pages of events, one event with its claims, pairs and
 * checks, one article with its evidence spans, yearly totals. Each call is one read transaction; never writes.
 * Not thread-safe: one instance per connection.
 */
public final class LedgerBrowser implements AutoCloseable {
  private final BrowseRepository browse = new BrowseRepository();
  private final Store store;
  private final boolean owned;

  /** Reads through a store the caller keeps and closes. */
  public LedgerBrowser(Store store) {
    this(store, false);
  }

  private LedgerBrowser(Store store, boolean owned) {
    this.store = store;
    this.owned = owned;
  }

  /** Opens an existing ledger database file on a connection of its own, closed by {@link #close}. */
  public static LedgerBrowser open(Path db) {
    return open(new Database.SqliteFile(db));
  }

  /**
   * Opens an existing ledger database (a SQLite file must exist; a PostgreSQL database is migrated if it is new)
   * on a connection of its own, closed by {@link #close}.
   */
  public static LedgerBrowser open(Database db) {
    if (db instanceof Database.SqliteFile f && !Files.isRegularFile(f.file())) {
      throw new IllegalArgumentException("no ledger database at " + f.file() + "; run `swapledger ingest PATH --db "
          + f.file() + "` first");
    }
    return new LedgerBrowser(Store.open(db), true);
  }

  @Override
  public void close() {
    if (owned) {
      store.close();
    }
  }

  /** Writes every event or every claim in one of the export formats (as `swapledger export`). */
  public void export(boolean claims, LedgerExport.Format format, PrintWriter out) {
    LedgerQuery q = new LedgerQuery(store);
    if (claims) {
      LedgerExport.claims(q.claims(), format, out);
    } else {
      LedgerExport.events(q.events(), format, out);
    }
  }

  /** One event with every claim, how they pair up and the checks it takes part in. */
  public record EventDetail(EventItem event, List<ClaimRow> claims, List<PairRow> pairs, List<CheckView> checks) {}

  /** One article with every span a claim or running total was read from. */
  public record ArticleDetail(ArticleView article, List<ClaimRow> claims, List<CumulativeView> cumulative) {}

  /** One year: events, people returned to each side that year, and in all since the first event. */
  public record YearStats(String year, int events, long toUkraine, long toRussia, long cumulativeToUkraine,
      long cumulativeToRussia) {}

  /** One event on the timeline with the best source per side (direction → "source (outlet)"). */
  public record TimelineItem(EventItem event, Map<String, String> bestSources) {}

  /** Changes whenever another connection (an ingest, a rebuild) commits: a key for cached answers. */
  public long dataVersion() {
    return store.read(browse::dataVersion);
  }

  public EventPage events(EventFilter filter) {
    return store.read(c -> browse.events(c, filter));
  }

  /** Per event, the lower-cased text a search looks through (see {@link BrowseRepository#searchTexts}). */
  public Map<Long, String> searchTexts() {
    return store.read(browse::searchTexts);
  }

  /** How many events the filter matches (its sort and page ignored). */
  public long countEvents(EventFilter filter) {
    return store.read(c -> browse.countEvents(c, filter));
  }

  /** One page of events, without counting all that match. */
  public List<EventItem> eventPage(EventFilter filter) {
    return store.read(c -> browse.eventPage(c, filter));
  }

  public Optional<EventDetail> findEvent(long id) {
    return store.read(c -> {
      Optional<EventItem> e = browse.findEvent(c, id);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new EventDetail(e.get(), browse.eventClaims(c, id), browse.eventPairs(c, id),
          browse.checks(c, id, false)));
    });
  }

  public List<TimelineItem> timeline() {
    return store.read(c -> {
      Map<Long, Map<String, String>> sources = browse.bestSources(c);
      List<TimelineItem> out = new ArrayList<>();
      for (EventItem e : browse.timeline(c)) {
        out.add(new TimelineItem(e, sources.getOrDefault(e.row().id(), Map.of())));
      }
      return out;
    });
  }

  public List<ClaimRow> claims(@Nullable Long eventId, @Nullable Long articleId, @Nullable String direction,
      int limit, int offset) {
    return store.read(c -> browse.claims(c, eventId, articleId, direction, limit, offset));
  }

  public Optional<ArticleDetail> findArticle(long id) {
    return store.read(c -> {
      Optional<ArticleView> a = browse.findArticle(c, id);
      if (a.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new ArticleDetail(a.get(), browse.articleClaims(c, id), browse.articleCumulative(c, id)));
    });
  }

  public List<CheckView> checks(boolean flaggedOnly) {
    return store.read(c -> browse.checks(c, null, flaggedOnly));
  }

  /** Per-year and running totals of people returned to each side (best figures; unknown counts as 0). */
  public List<YearStats> stats() {
    List<YearRow> years = store.read(browse::years);
    List<YearStats> out = new ArrayList<>();
    long ua = 0;
    long ru = 0;
    for (YearRow y : years) {
      ua += y.toUkraine();
      ru += y.toRussia();
      out.add(new YearStats(y.year(), y.events(), y.toUkraine(), y.toRussia(), ua, ru));
    }
    return out;
  }
}
