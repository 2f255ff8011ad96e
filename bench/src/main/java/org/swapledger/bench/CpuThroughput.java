package org.swapledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.swapledger.extract.ArticlePipeline;

/**
 * A second opinion beside JMH for shared machines: passes over the corpus on N threads and reports wall-clock
 * throughput and throughput per CPU-second of the worker threads, which other load on the machine does not
 * lower. Usage: {@code java -cp benchmarks.jar -Dswapledger.bench.corpus=... org.swapledger.bench.CpuThroughput
 * THREADS PASSES}.
 */
public final class CpuThroughput {
  private CpuThroughput() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Corpus corpus = Corpus.load(a -> true);
    ArticlePipeline pipeline = ArticlePipeline.shipped();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int n = corpus.articles.size();
    run(pool, threads, corpus, pipeline, mx, Math.min(n, 3000)); // warm-up
    for (int p = 0; p < passes; p++) {
      long start = System.nanoTime();
      long cpu = run(pool, threads, corpus, pipeline, mx, n);
      double wall = (System.nanoTime() - start) / 1e9;
      double mb = corpus.totalBytes / 1e6;
      System.out.printf("threads=%d pass=%d articles=%d MB=%.1f wall=%.1fs articles/s=%.0f MB/s=%.2f "
          + "MB/s-per-cpu-second=%.2f%n", threads, p + 1, n, mb, wall, n / wall, mb / wall, mb / (cpu / 1e9));
    }
    pool.shutdown();
  }

  /** Extracts the first {@code count} articles, split in contiguous shares; returns the workers' CPU nanoseconds. */
  private static long run(ExecutorService pool, int threads, Corpus corpus, ArticlePipeline pipeline, ThreadMXBean mx,
      int count) throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) t * count / threads);
      int to = (int) ((long) (t + 1) * count / threads);
      parts.add(pool.submit(() -> {
        long before = mx.getCurrentThreadCpuTime();
        long figures = 0;
        for (int i = from; i < to; i++) {
          figures += pipeline.extract(corpus.articles.get(i)).exchanges().size();
        }
        return mx.getCurrentThreadCpuTime() - before + (figures < 0 ? 1 : 0);
      }));
    }
    long cpu = 0;
    for (Future<Long> f : parts) {
      cpu += f.get();
    }
    return cpu;
  }
}
