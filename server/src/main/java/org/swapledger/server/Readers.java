package org.swapledger.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.swapledger.app.LedgerBrowser;
import org.swapledger.store.Database;

/**
 * A fixed pool of read connections to the ledger (one connection serves one request at a time), and answers
 * cached until another process commits to the database (SQLite's data_version, PostgreSQL's change counter).
 */
final class Readers implements AutoCloseable {
  private final BlockingQueue<LedgerBrowser> idle;
  private final List<LedgerBrowser> all = new ArrayList<>();
  private final LedgerBrowser watch;
  /** Answers over the whole ledger, by fixed key, and the locks that let one request at a time compute each. */
  private final Map<String, Cached> ledgerWide = new java.util.concurrent.ConcurrentHashMap<>();

  private final Map<String, Object> computing = new java.util.concurrent.ConcurrentHashMap<>();

  /** Answers to single requests, least recently used dropped first: keys come from requests, so the map must stay bounded. */
  private final Map<String, Cached> cache = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
          return size() > CACHED_ANSWERS;
        }
      });

  /** Enough for the whole-ledger answers and a few hundred filter counts; each is small but for the timeline. */
  private static final int CACHED_ANSWERS = 512;

  private record Cached(long version, Object value) {}

  Readers(Database db, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, was " + size);
    }
    idle = new ArrayBlockingQueue<>(size);
    watch = LedgerBrowser.open(db);
    all.add(watch);
    for (int i = 0; i < size; i++) {
      LedgerBrowser b = LedgerBrowser.open(db);
      all.add(b);
      idle.add(b);
    }
  }

  <T> T read(Function<LedgerBrowser, T> work) {
    LedgerBrowser b;
    try {
      b = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a database connection", e);
    }
    try {
      return work.apply(b);
    } finally {
      idle.add(b);
    }
  }

  /** Changes whenever another connection commits to the file (ingest, rebuild). */
  long version() {
    synchronized (watch) {
      return watch.dataVersion();
    }
  }

  /**
   * An answer over the whole ledger (timeline, totals, checks, search index, exports: a few fixed keys), computed
   * again only after the database changed, by one request at a time: the others wait for its result rather than
   * all reading the whole ledger at once. Never evicted.
   */
  @SuppressWarnings("unchecked")
  <T> T cached(String key, Function<LedgerBrowser, T> work) {
    long v = version();
    Cached c = ledgerWide.get(key);
    if (c != null && c.version() == v) {
      return (T) c.value();
    }
    synchronized (computing.computeIfAbsent(key, k -> new Object())) {
      v = version();
      c = ledgerWide.get(key);
      if (c != null && c.version() == v) {
        return (T) c.value();
      }
      T value = read(work);
      ledgerWide.put(key, new Cached(v, value));
      return value;
    }
  }

  /** An answer to one request (a page, a count), cached in the bounded map until the database changes. */
  <T> T cachedAnswer(String key, Function<LedgerBrowser, T> work) {
    return answer(key, () -> read(work));
  }

  /** As {@link #cachedAnswer}, computed on a connection the caller already holds (never waits for another). */
  <T> T cachedOn(LedgerBrowser held, String key, java.util.function.Supplier<T> work) {
    return answer(key, work);
  }

  @SuppressWarnings("unchecked")
  private <T> T answer(String key, java.util.function.Supplier<T> compute) {
    long v = version();
    Cached c = cache.get(key);
    if (c != null && c.version() == v) {
      return (T) c.value();
    }
    T value = compute.get();
    cache.put(key, new Cached(v, value));
    return value;
  }

  @Override
  public void close() {
    all.forEach(LedgerBrowser::close);
  }
}
