package org.swapledger.app;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.ingest.Input;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.Issue;
import org.swapledger.store.ArticleRepository;
import org.swapledger.store.IssueRepository;
import org.swapledger.store.NewArticle;
import org.swapledger.store.StateRepository;
import org.swapledger.store.Store;

/**
 * Extracts articles and stores them, batch by batch, one transaction per batch; then rebuilds the events if
 * anything changed. Incremental and idempotent: an article already stored (same URL or same content hash) is
 * skipped before extraction; a changed article (same URL, other text) gets a new row and its old claims are
 * superseded. A run killed at any point leaves whole batches behind, and the next run completes the rest.
 */
public final class IngestUseCase {
  /** Articles per transaction: large enough to amortise the commit, small enough to lose little to a crash. */
  public static final int DEFAULT_BATCH = 500;

  private final Function<Article, ArticleExtraction> extractor;
  private final String extractVersion;
  private final boolean relevanceFilter;
  private final int threads;
  private final int batchSize;
  private final RebuildUseCase rebuild;
  private final ArticleRepository articles = new ArticleRepository();
  private final IssueRepository issueRepository = new IssueRepository();
  private final StateRepository state = new StateRepository();

  public IngestUseCase(ArticlePipeline pipeline, int threads, int batchSize, RebuildUseCase rebuild) {
    this(pipeline::extract, ArticlePipeline.version(), true, threads, batchSize, rebuild);
  }

  /**
   * Stores saved extractions instead of running the pipeline (no relevance filter: they are taken as given).
   *
   * @param extractor any thread-safe per-article extraction
   * @param extractVersion stored with every row it produces
   */
  public IngestUseCase(Function<Article, ArticleExtraction> extractor, String extractVersion, int threads,
      int batchSize, RebuildUseCase rebuild) {
    this(extractor, extractVersion, false, threads, batchSize, rebuild);
  }

  private IngestUseCase(Function<Article, ArticleExtraction> extractor, String extractVersion,
      boolean relevanceFilter, int threads, int batchSize, RebuildUseCase rebuild) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
    }
    this.extractor = extractor;
    this.extractVersion = extractVersion;
    this.relevanceFilter = relevanceFilter;
    this.threads = threads;
    this.batchSize = batchSize;
    this.rebuild = rebuild;
  }

  /**
   * What a run did.
   *
   * @param read articles read from the input
   * @param added articles stored for the first time
   * @param changed articles stored as a new version of one already stored
   * @param unchanged articles skipped because they were stored already
   * @param issues bad input met (stored once each)
   * @param rebuilt whether the events were recomputed; null when nothing needed it
   */
  public record Summary(long read, long added, long changed, long unchanged, long issues,
      RebuildUseCase.@org.jspecify.annotations.Nullable Summary rebuilt) {}

  /** Recomputes the events when stored claims changed since the last rebuild; null when nothing needed it. */
  public RebuildUseCase.@org.jspecify.annotations.Nullable Summary rebuildIfStale(Store store) {
    if (store.read(c -> state.find(c, StateRepository.LEDGER_STALE)).isPresent()) {
      return rebuild.run(store);
    }
    return null;
  }

  /** @param progress called on the writing thread with the number of articles handled so far */
  public Summary run(Store store, ArticleReader reader, List<String> paths, InputStream stdin,
      LongConsumer progress) {
    return run(store, sink -> reader.read(paths, stdin, sink), progress, true);
  }

  /**
   * Stores what {@code source} hands over (articles and issues), as {@link #run(Store, ArticleReader, List,
   * InputStream, LongConsumer)} does for files; with {@code rebuildAfter} false the events are left stale, for a
   * caller that stores many small runs (a feed watch, item by item) and rebuilds once with {@link #rebuildIfStale}.
   */
  public Summary run(Store store, java.util.function.Consumer<java.util.function.Consumer<Input>> source,
      LongConsumer progress, boolean rebuildAfter) {
    Map<String, ArticleRepository.Known> current = store.read(articles::currentByIdentity);
    Set<String> seenHashes = new HashSet<>();
    // articles extracted by other stage versions (an upgrade) are extracted again when they come in again
    Map<String, Set<String>> staleByHash = new HashMap<>();
    current.forEach((key, k) -> {
      if (k.extractVersion().equals(extractVersion)) {
        seenHashes.add(k.contentHash());
      } else {
        staleByHash.computeIfAbsent(k.contentHash(), h -> new HashSet<>()).add(key);
      }
    });
    Map<String, Long> currentIds = new HashMap<>();
    current.forEach((key, k) -> currentIds.put(key, k.id()));
    Queue<String> origins = new ArrayDeque<>();
    List<Issue> pendingIssues = new ArrayList<>();
    Batch batch = new Batch(store, currentIds, pendingIssues);
    long[] unchanged = {0};
    ExtractUseCase extract = new ExtractUseCase(extractor, threads, relevanceFilter);
    ExtractUseCase.Summary s = extract.run(source, read -> {
      String hash = contentHash(read.article().text());
      Set<String> stale = staleByHash.get(hash);
      boolean sameTextElsewhere = stale != null && !stale.contains(identityKey(read.article()));
      if (!seenHashes.add(hash) || sameTextElsewhere) {
        unchanged[0]++;
        progress.accept(unchanged[0] + batch.handled);
        return false;
      }
      synchronized (origins) {
        origins.add(read.origin());
      }
      return true;
    }, x -> {
      String origin;
      synchronized (origins) {
        origin = origins.remove();
      }
      batch.add(x, origin);
      progress.accept(unchanged[0] + batch.handled);
    }, issue -> {
      synchronized (pendingIssues) {
        pendingIssues.add(issue);
      }
    });
    batch.flush();
    RebuildUseCase.Summary rebuilt = rebuildAfter ? rebuildIfStale(store) : null;
    return new Summary(s.articles(), batch.added, batch.changed, unchanged[0], s.issues(), rebuilt);
  }

  /** The identity of an article across runs: its URL, or its input id when it has none. */
  static String identityKey(Article a) {
    return a.url() != null && !a.url().isBlank() ? a.url().trim() : "id:" + a.id();
  }

  static String contentHash(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /** Articles waiting for their transaction. */
  private final class Batch {
    private final Store store;
    private final Map<String, Long> currentIds;
    private final List<Issue> pendingIssues;
    private final List<NewArticle> items = new ArrayList<>();
    private final List<Long> supersedes = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final String version = extractVersion;
    long handled;
    long added;
    long changed;

    Batch(Store store, Map<String, Long> currentIds, List<Issue> pendingIssues) {
      this.store = store;
      this.currentIds = currentIds;
      this.pendingIssues = pendingIssues;
    }

    void add(ArticleExtraction x, String origin) {
      String key = identityKey(x.article());
      if (keys.contains(key)) {
        flush();
      }
      keys.add(key);
      items.add(new NewArticle(x, key, contentHash(x.article().text()), origin, version));
      supersedes.add(currentIds.get(key));
      handled++;
      if (items.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      List<Issue> issues;
      synchronized (pendingIssues) {
        issues = List.copyOf(pendingIssues);
        pendingIssues.clear();
      }
      if (items.isEmpty() && issues.isEmpty()) {
        return;
      }
      long[] ids = store.inTransaction(c -> {
        long[] out = articles.add(c, items, supersedes);
        issueRepository.addAbsent(c, issues);
        if (!items.isEmpty()) {
          state.put(c, StateRepository.LEDGER_STALE, "true");
        }
        return out;
      });
      for (int i = 0; i < items.size(); i++) {
        if (supersedes.get(i) == null) {
          added++;
        } else {
          changed++;
        }
        currentIds.put(items.get(i).identityKey(), ids[i]);
      }
      items.clear();
      supersedes.clear();
      keys.clear();
    }
  }
}
