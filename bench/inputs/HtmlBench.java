import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.swapledger.ingest.DocumentReader;

/**
 * HTML-to-text throughput (bytes in, articles out, via DocumentReader: charset, parse, metadata, pruning, text) against
 * a bare jsoup parse of the same bytes. Usage: bench/inputs.sh html [DIR of .html files] (default: 400 generated pages).
 */
public class HtmlBench {
  public static void main(String[] args) throws Exception {
    List<byte[]> pages = new ArrayList<>();
    if (args.length > 0) {
      try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm")).toList()) {
          pages.add(Files.readAllBytes(f));
        }
      }
    } else {
      Random rnd = new Random(1);
      for (int i = 0; i < 400; i++) {
        pages.add(Pages.page(rnd, i).getBytes(StandardCharsets.UTF_8));
      }
    }
    long bytes = pages.stream().mapToLong(p -> p.length).sum();
    System.out.printf("%d pages, %.1f MB (mean %.0f KB)%n", pages.size(), bytes / 1e6, bytes / 1e3 / pages.size());
    DocumentReader reader = new DocumentReader();
    long[] chars = new long[1];
    double bare = 0;
    double ours = 0;
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      long t0 = System.nanoTime();
      for (byte[] p : pages) {
        chars[0] += Jsoup.parse(new ByteArrayInputStream(p), null, "https://news.example/").childNodeSize();
      }
      long t1 = System.nanoTime();
      for (byte[] p : pages) {
        reader.read(p, "text/html", "bench", "https://news.example/", "id", null, in -> chars[0]++);
      }
      long t2 = System.nanoTime();
      double b = bytes / 1e6 / ((t1 - t0) / 1e9);
      double o = bytes / 1e6 / ((t2 - t1) / 1e9);
      if (round >= 10) {
        bare += b / 10;
        ours += o / 10;
        ratios.add(o / b);
      }
      System.out.printf("round %d: bare jsoup parse %.1f MB/s, swapledger HTML to text %.1f MB/s%n", round, b, o);
    }
    ratios.sort(null);
    System.out.printf("mean of rounds 10-19: bare jsoup %.1f MB/s, HTML to text %.1f MB/s, ratio of means %.2f, "
        + "median of per-round ratios %.2f (target >= 0.5)%n", bare, ours, ours / bare,
        (ratios.get(4) + ratios.get(5)) / 2);
  }
}
