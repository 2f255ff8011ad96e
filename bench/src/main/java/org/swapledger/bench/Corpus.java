package org.swapledger.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.ingest.Input;
import org.swapledger.model.Article;

/** The benchmark's input: the articles of a JSONL file, repeated (with fresh ids) until they reach a size. */
final class Corpus {
  /** Where the articles come from: {@code -Dswapledger.bench.corpus=PATH}. */
  static final String CORPUS = "swapledger.bench.corpus";
  /** How many megabytes (10^6 bytes of UTF-8 text) to reach: {@code -Dswapledger.bench.mb=20}. */
  static final String MEGABYTES = "swapledger.bench.mb";
  /** Only articles of this language, when set: {@code -Dswapledger.bench.language=en}. */
  static final String LANGUAGE = "swapledger.bench.language";

  final List<Article> articles;
  final long[] bytes;
  final long totalBytes;

  private Corpus(List<Article> articles) {
    this.articles = List.copyOf(articles);
    this.bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    long sum = 0;
    for (long b : bytes) {
      sum += b;
    }
    this.totalBytes = sum;
  }

  static Path path() {
    String p = System.getProperty(CORPUS);
    if (p == null) {
      throw new IllegalStateException("set -D" + CORPUS + "=PATH to a JSONL file of articles (bench/run.sh does)");
    }
    Path path = Path.of(p);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(CORPUS + "=" + p + ": no such file");
    }
    return path;
  }

  /** The articles of the file given by the system properties, repeated to the size they ask for. */
  static Corpus load(java.util.function.Predicate<Article> keep) {
    List<Article> base = new ArrayList<>();
    new ArticleReader(null).read(List.of(path().toString()), System.in, item -> {
      if (item instanceof Input.Read r && keep.test(r.article())) {
        base.add(r.article());
      }
    });
    if (base.isEmpty()) {
      throw new IllegalStateException("no articles in " + path());
    }
    long target = (long) (Double.parseDouble(System.getProperty(MEGABYTES, "20")) * 1_000_000);
    List<Article> out = new ArrayList<>();
    long size = 0;
    for (int round = 0; size < target; round++) {
      for (Article a : base) {
        out.add(new Article(a.id() + "#" + round, a.url(), a.outlet(), a.published(), a.text()));
        size += a.text().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return new Corpus(out);
  }
}
