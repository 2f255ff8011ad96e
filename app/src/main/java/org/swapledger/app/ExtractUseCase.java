package org.swapledger.app;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.ingest.Input;
import org.swapledger.ingest.relevance.RelevanceFilter;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.Issue;

/**
 * Reads inputs and extracts every article on {@code threads} workers; hands results to the sink in input order
 * and issues as they are met. Memory is bounded: at most a few articles per worker are in flight. Unless told to
 * extract all, articles that the relevance filter finds not about prisoner exchanges skip the pipeline and come
 * out with no facts and language "und".
 */
public final class ExtractUseCase {
  /** Articles in flight per worker: enough to keep workers busy while the writer waits on the oldest. */
  static final int IN_FLIGHT_PER_THREAD = 16;
  private final Function<Article, ArticleExtraction> pipeline;
  private final int threads;
  private final @Nullable RelevanceFilter filter;

  public ExtractUseCase(ArticlePipeline pipeline, int threads) {
    this(pipeline, threads, true);
  }

  /** @param filter whether to skip the pipeline for articles the relevance filter finds irrelevant */
  public ExtractUseCase(ArticlePipeline pipeline, int threads, boolean filter) {
    this(pipeline::extract, threads, filter);
  }

  /**
   * @param extractor any per-article extraction (must be thread-safe), e.g. extractions read from a file
   * @param filter whether to skip the extractor for articles the relevance filter finds irrelevant
   */
  public ExtractUseCase(Function<Article, ArticleExtraction> extractor, int threads, boolean filter) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.pipeline = extractor;
    this.threads = threads;
    this.filter = filter ? new RelevanceFilter() : null;
  }

  /** The extraction of one article (empty when the relevance filter skips it). */
  public ArticleExtraction extract(Article article) {
    if (filter != null && !filter.mayBeRelevant(article.text())) {
      return new ArticleExtraction(article, "und", List.of(), List.of());
    }
    return pipeline.apply(article);
  }

  /** Counts of what a run did. */
  public record Summary(long articles, long issues) {}

  public Summary run(ArticleReader reader, List<String> paths, InputStream stdin, Consumer<ArticleExtraction> sink,
      Consumer<Issue> issues) {
    return run(reader, paths, stdin, read -> true, sink, issues);
  }

  /**
   * As {@link #run(ArticleReader, List, InputStream, Consumer, Consumer)}, extracting only the articles
   * {@code wanted} accepts; it is called on the reading thread, in input order.
   */
  public Summary run(ArticleReader reader, List<String> paths, InputStream stdin, Predicate<Input.Read> wanted,
      Consumer<ArticleExtraction> sink, Consumer<Issue> issues) {
    return run(items -> reader.read(paths, stdin, items), wanted, sink, issues);
  }

  /** Runs over any source of inputs: {@code source} hands every article or issue it reads to its argument. */
  public Summary run(Consumer<Consumer<Input>> source, Consumer<ArticleExtraction> sink, Consumer<Issue> issues) {
    return run(source, read -> true, sink, issues);
  }

  /** As {@link #run(Consumer, Consumer, Consumer)}, extracting only the articles {@code wanted} accepts. */
  public Summary run(Consumer<Consumer<Input>> source, Predicate<Input.Read> wanted,
      Consumer<ArticleExtraction> sink, Consumer<Issue> issues) {
    long[] counts = new long[2];
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "extract");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<ArticleExtraction>> inFlight = new ArrayDeque<>();
    int max = threads * IN_FLIGHT_PER_THREAD;
    try {
      source.accept(item -> {
        switch (item) {
          case Input.Bad bad -> {
            counts[1]++;
            issues.accept(bad.issue());
          }
          case Input.Read read when !wanted.test(read) -> counts[0]++;
          case Input.Read read -> {
            if (threads == 1) {
              sink.accept(safeExtract(read, issues, counts));
            } else {
              inFlight.add(pool.submit(() -> safeExtract(read, issues, counts)));
              while (inFlight.size() >= max) {
                sink.accept(await(inFlight.poll()));
              }
            }
            counts[0]++;
          }
        }
      });
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(counts[0], counts[1]);
  }

  /** A pipeline failure on one article is a bug, but it must not cost the user the other articles. */
  private ArticleExtraction safeExtract(Input.Read read, Consumer<Issue> issues, long[] counts) {
    try {
      return extract(read.article());
    } catch (RuntimeException e) {
      synchronized (counts) {
        counts[1]++;
      }
      synchronized (issues) {
        issues.accept(new Issue(read.origin(), 0, -1, "internal error while extracting article \""
            + read.article().id() + "\": " + e + " (please report)"));
      }
      return new ArticleExtraction(read.article(), "und", List.of(), List.of());
    }
  }

  private static ArticleExtraction await(Future<ArticleExtraction> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
