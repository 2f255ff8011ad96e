package org.swapledger.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.extract.language.LanguageDetector;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;

/**
 * Extract throughput of the per-article pipeline: one operation extracts one article; each thread walks the whole
 * corpus (at least 20 MB) from its own starting point. The score is articles per second; the {@code bytes} counter
 * gives UTF-8 bytes of text per second. Run with {@code -t 1} and {@code -t max} (bench/run.sh does both).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ExtractBenchmark {
  /** The articles and the pipeline, shared by all threads as in {@code swapledger extract}. */
  @State(Scope.Benchmark)
  public static class Shared {
    Corpus corpus;
    ArticlePipeline pipeline;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void load() {
      String language = System.getProperty(Corpus.LANGUAGE);
      LanguageDetector detector = LanguageDetector.shipped();
      corpus = Corpus.load(a -> language == null || detector.detect(a.text()).equals(language));
      pipeline = ArticlePipeline.shipped();
      System.out.printf("%ncorpus: %d articles, %.1f MB%n", corpus.articles.size(), corpus.totalBytes / 1e6);
    }
  }

  /** Where one thread stands in the corpus; counts the bytes it has read as a rate beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cursor {
    public long bytes;
    int next;

    @Setup(Level.Trial)
    public void start(Shared shared) {
      int n = shared.corpus.articles.size();
      next = (int) ((long) shared.threads.getAndIncrement() * n / Math.max(1, Runtime.getRuntime().availableProcessors())) % n;
    }

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  @Benchmark
  public ArticleExtraction extract(Shared shared, Cursor cursor) {
    int i = cursor.next;
    cursor.next = i + 1 == shared.corpus.articles.size() ? 0 : i + 1;
    Article a = shared.corpus.articles.get(i);
    cursor.bytes += shared.corpus.bytes[i];
    return shared.pipeline.extract(a);
  }
}
