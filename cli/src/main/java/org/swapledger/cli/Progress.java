package org.swapledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/** A one-line progress display on stderr: articles, articles per second and, when the total is known, the ETA. */
final class Progress implements LongConsumer {
  /** Redraw at most this often, in nanoseconds: 4 times a second is smooth and costs nothing. */
  private static final long REDRAW_NANOS = 250_000_000L;
  private final PrintWriter err;
  private final long total;
  private final long start = System.nanoTime();
  private long last;

  private Progress(PrintWriter err, long total) {
    this.err = err;
    this.total = total;
  }

  /** A progress display when stderr is a terminal, else one that draws nothing. */
  static LongConsumer forInputs(PrintWriter err, List<String> paths) {
    if (!Terminal.stderrIsTerminal()) {
      return n -> {};
    }
    return new Progress(err, estimate(paths));
  }

  @Override
  public void accept(long done) {
    long now = System.nanoTime();
    if (now - last < REDRAW_NANOS && done != total) {
      return;
    }
    last = now;
    double secs = Math.max(1e-3, (now - start) / 1e9);
    double rate = done / secs;
    StringBuilder sb = new StringBuilder("\r").append(String.format(Locale.ROOT, "%,d", done));
    if (total > 0) {
      sb.append(String.format(Locale.ROOT, "/%,d (%d%%)", total, Math.min(100, done * 100 / total)));
    }
    sb.append(String.format(Locale.ROOT, " articles, %,.0f/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      long eta = (long) ((total - done) / rate);
      sb.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    err.print(sb.append("   "));
    err.flush();
  }

  void finish() {
    err.print("\r\033[K");
    err.flush();
  }

  static void finish(LongConsumer p) {
    if (p instanceof Progress pr) {
      pr.finish();
    }
  }

  /** Lines of .jsonl/.ndjson files plus one per .txt file; 0 (unknown) for standard input. */
  private static long estimate(List<String> paths) {
    long n = 0;
    for (String p : paths) {
      if (p.equals("-")) {
        return 0;
      }
      try (Stream<Path> files = Files.walk(Path.of(p))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
          n += name.endsWith(".txt") ? 1 : lines(f);
        }
      } catch (IOException e) {
        return 0;
      }
    }
    return n;
  }

  private static long lines(Path f) throws IOException {
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(f)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
          }
        }
      }
    }
    return n;
  }
}
