import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark of a running `swapledger serve` (not a test): an open-loop load of /api/events requests at a fixed rate
 * (latency counted from each request's scheduled start, so a stall is not hidden), then the timeline page's time to
 * interactive in headless Chromium. Talks to 127.0.0.1 only; bounded in count and time.
 *
 * Usage: java -cp CLASSPATH ServerBench.java BASE_URL [RATE] [SECONDS]
 */
public class ServerBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
      throw new IllegalArgumentException("only a server on this machine: " + base);
    }
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    List<String> paths = List.of("/api/events", "/api/events?offset=5000", "/api/events?sort=-date",
        "/api/events?sort=-to_ukraine&limit=100", "/api/events?flag=contradiction", "/api/events?side=russia&offset=200",
        "/api/events?from=2023-01-01&to=2023-06-30", "/api/events?mediator=qatar", "/api/events?status=scope",
        "/api/events?flag=gap");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // Warm up: JIT and SQLite page cache.
    for (int i = 0; i < 300; i++) {
      http.send(HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size()))).build(),
          HttpResponse.BodyHandlers.discarding());
    }
    for (String p : paths) {
      System.out.printf("%-45s %s%n", p, load(http, base, List.of(p), Math.min(rate, 100), 3));
    }
    System.out.printf("%-45s %s%n", "mix of the above at " + rate + "/s for " + seconds + " s",
        load(http, base, paths, rate, seconds));
    // Distinct pages, most never asked before: the answer cache (512 entries) rarely helps; this is the database.
    java.util.Random random = new java.util.Random(7);
    List<String> uncached = new ArrayList<>();
    String[] sorts = {"date", "-date", "to_ukraine", "-sources", "ordinal"};
    for (int i = 0; i < rate * seconds; i++) {
      uncached.add("/api/events?sort=" + sorts[i % sorts.length] + "&offset=" + random.nextInt(9950));
    }
    System.out.printf("%-45s %s%n", "uncached pages (random offset, 5 sorts)", load(http, base, uncached, rate,
        seconds));
    System.out.printf("%-45s %s%n", "/api/events?q=outlet 17 (text search)",
        load(http, base, List.of("/api/events?q=outlet%2017"), 50, 5));
    timeline(base);
  }

  static String load(HttpClient http, String base, List<String> paths, int rate, int seconds) throws Exception {
    int total = rate * seconds;
    long periodNanos = 1_000_000_000L / rate;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
          .timeout(Duration.ofSeconds(10)).build();
      pending.add(http.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
        latencies.add(System.nanoTime() - due);
        if (e != null || r.statusCode() != 200) {
          errors.incrementAndGet();
        }
      }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> l = new ArrayList<>(latencies);
    Collections.sort(l);
    return String.format("n=%d  %.0f req/s  p50=%.1f ms  p90=%.1f ms  p99=%.1f ms  max=%.1f ms  errors=%d", l.size(),
        l.size() / elapsed, pct(l, 50), pct(l, 90), pct(l, 99), l.getLast() / 1e6, errors.get());
  }

  static double pct(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
  }

  static void timeline(String base) {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
          .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync")));
      for (int i = 1; i <= 5; i++) {
        Page p = b.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900))
            .newPage();
        p.navigate(base + "/");
        p.waitForSelector("#timeline[data-ready=true]", new Page.WaitForSelectorOptions().setTimeout(30_000));
        Object ready = p.evaluate("Number(document.getElementById('timeline').dataset.readyAt)");
        Object dcl = p.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
        Object events = p.evaluate("document.getElementById('timeline').dataset.events");
        System.out.printf("timeline load %d (fresh browser context): DOMContentLoaded %.0f ms, interactive "
            + "(chart drawn, %s exchanges) %.0f ms%n", i, ((Number) dcl).doubleValue(), events,
            ((Number) ready).doubleValue());
        if (i == 5) {
          p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("bench/out/server/timeline-10k.png")));
        }
        p.context().close();
      }
      b.close();
    }
  }
}
