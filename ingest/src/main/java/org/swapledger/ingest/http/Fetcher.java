package org.swapledger.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Fetches web documents politely: obeys robots.txt, waits between requests to one host, sends a User-Agent with a
 * contact, times out, retries transient failures with exponential backoff, caps the size of every response (also
 * after gzip decoding, against gzip bombs) and follows a bounded number of redirects, refusing loops. Every failure
 * is a {@link Result.Failed} with a reason; nothing throws. Thread-safe.
 */
public final class Fetcher implements AutoCloseable {
  /** The token this fetcher answers to in robots.txt. */
  public static final String ROBOTS_AGENT = "swapledger";

  /**
   * How politely and how hard to fetch.
   *
   * @param contact an e-mail address or URL where site owners reach the operator; part of the User-Agent
   * @param timeout for a whole request, headers and body
   * @param attempts tries per request for timeouts, connection errors, 429 and 5xx (1 = no retry)
   * @param backoff wait before the second try; doubled for each later one, capped at {@code maxBackoff}
   * @param maxBytes the cap on a response body, before and after gzip decoding
   * @param perHostInterval the least time between two requests to one host (robots.txt Crawl-delay may raise it)
   */
  public record Policy(String contact, Duration connectTimeout, Duration timeout, int attempts, Duration backoff,
      Duration maxBackoff, long maxBytes, int maxRedirects, Duration perHostInterval, boolean obeyRobots) {
    /** Crawl-delay values above this are taken as this: a site asking for an hour between pages is misconfigured. */
    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    public Policy {
      Objects.requireNonNull(contact, "contact");
      if (!contact.contains("@") && !contact.startsWith("http")) {
        throw new IllegalArgumentException("contact must be an e-mail address or a URL, was \"" + contact + "\"");
      }
      if (attempts < 1 || maxBytes < 1 || maxRedirects < 0) {
        throw new IllegalArgumentException("attempts and maxBytes must be >= 1 and maxRedirects >= 0, were "
            + attempts + ", " + maxBytes + ", " + maxRedirects);
      }
    }

    /** One request per host per second, 30 s timeouts, 3 tries, 10 MiB per response, 5 redirects, robots.txt. */
    public static Policy defaults(String contact) {
      return new Policy(contact, Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofSeconds(2),
          Duration.ofSeconds(60), 10L << 20, 5, Duration.ofSeconds(1), true);
    }

    public Policy withTimeout(Duration t) {
      return new Policy(contact, connectTimeout, t, attempts, backoff, maxBackoff, maxBytes, maxRedirects,
          perHostInterval, obeyRobots);
    }

    public Policy withPacing(Duration interval, Duration firstBackoff) {
      return new Policy(contact, connectTimeout, timeout, attempts, firstBackoff, maxBackoff, maxBytes, maxRedirects,
          interval, obeyRobots);
    }

    public Policy withAttempts(int n) {
      return new Policy(contact, connectTimeout, timeout, n, backoff, maxBackoff, maxBytes, maxRedirects,
          perHostInterval, obeyRobots);
    }

    public Policy withMaxBytes(long bytes) {
      return new Policy(contact, connectTimeout, timeout, attempts, backoff, maxBackoff, bytes, maxRedirects,
          perHostInterval, obeyRobots);
    }

    String userAgent() {
      String v = Fetcher.class.getPackage().getImplementationVersion();
      return ROBOTS_AGENT + "/" + (v == null ? "dev" : v) + " (news ledger of prisoner exchanges; +" + contact + ")";
    }
  }

  /** ETag and Last-Modified of an earlier response, sent back for a conditional GET; null when unknown. */
  public record Validators(@Nullable String etag, @Nullable String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /** What came of a fetch. */
  public sealed interface Result {
    URI url();

    /** A 2xx response; {@code url} is the final URL after redirects. */
    record Ok(URI url, int status, @Nullable String contentType, byte[] body, Validators validators)
        implements Result {}

    /** 304: unchanged since the validators were issued. */
    record NotModified(URI url) implements Result {}

    /** Why the fetch failed; {@code temporary} when trying again later may succeed (5xx, 429, timeouts, I/O). */
    record Failed(URI url, String reason, boolean temporary) implements Result {
      static Failed permanent(URI url, String reason) {
        return new Failed(url, reason, false);
      }
    }
  }

  /** What sending one request (with its retries) gave: a response of any status, or a failure. */
  private sealed interface Sent {
    record Response(HttpResponse<byte[]> response) implements Sent {}

    record Failure(Result.Failed failed) implements Sent {}
  }

  private final Policy policy;
  private final HttpClient client;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
  private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();

  public Fetcher(Policy policy) {
    this.policy = policy;
    this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
  }

  public Policy policy() {
    return policy;
  }

  /** HTTP requests sent so far, robots.txt and retries included. */
  public long requests() {
    return requests.get();
  }

  public Result fetch(URI url) {
    return fetch(url, Validators.NONE);
  }

  /** Fetches {@code url}, conditionally when {@code validators} hold an ETag or Last-Modified. */
  public Result fetch(URI url, Validators validators) {
    URI current = url;
    Set<URI> visited = new LinkedHashSet<>();
    visited.add(current);
    for (int hop = 0; ; hop++) {
      String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || current.getHost() == null) {
        return Result.Failed.permanent(current, "not an http(s) URL");
      }
      if (policy.obeyRobots()) {
        Optional<Result.Failed> refusal = robotsRefusal(current);
        if (refusal.isPresent()) {
          return refusal.get();
        }
      }
      HttpResponse<byte[]> r;
      switch (send(current, validators)) {
        case Sent.Failure f -> {
          return f.failed();
        }
        case Sent.Response ok -> r = ok.response();
      }
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = r.headers().firstValue("Location");
        if (location.isEmpty()) {
          return Result.Failed.permanent(current, "HTTP " + status + " redirect without a Location");
        }
        URI next;
        try {
          next = current.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          return Result.Failed.permanent(current, "HTTP " + status + " redirect to an invalid URL: " + location.get());
        }
        if (!visited.add(next)) {
          return Result.Failed.permanent(url, "redirect loop: " + chain(visited, next));
        }
        if (hop + 1 > policy.maxRedirects()) {
          return Result.Failed.permanent(url, "more than " + policy.maxRedirects() + " redirects: " + chain(visited, null));
        }
        current = next;
        continue;
      }
      if (status == 304) {
        return new Result.NotModified(current);
      }
      if (status < 200 || status >= 300) {
        return new Result.Failed(current, "HTTP " + status, status >= 500 || status == 429 || status == 408);
      }
      return decode(current, r);
    }
  }

  private static String chain(Set<URI> visited, @Nullable URI repeat) {
    List<String> hops = new ArrayList<>();
    visited.forEach(u -> hops.add(u.toString()));
    if (repeat != null) {
      hops.add(repeat.toString());
    }
    return String.join(" -> ", hops);
  }

  private Result decode(URI url, HttpResponse<byte[]> r) {
    byte[] body = r.body();
    String encoding = r.headers().firstValue("Content-Encoding").orElse("identity").toLowerCase(Locale.ROOT);
    if (encoding.contains("gzip")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        byte[] plain = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
        if (plain.length > policy.maxBytes()) {
          return Result.Failed.permanent(url, "gzip bomb: " + body.length + " compressed bytes expand past the cap of "
              + policy.maxBytes() + " bytes");
        }
        body = plain;
      } catch (ZipException e) {
        return Result.Failed.permanent(url, "corrupt gzip body: " + e.getMessage());
      } catch (IOException e) {
        return Result.Failed.permanent(url, "unreadable gzip body: " + e.getMessage());
      }
    } else if (!encoding.equals("identity")) {
      return Result.Failed.permanent(url, "unsupported Content-Encoding \"" + encoding + "\"");
    }
    return new Result.Ok(url, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), body,
        new Validators(r.headers().firstValue("ETag").orElse(null),
            r.headers().firstValue("Last-Modified").orElse(null)));
  }

  /** Sends a GET, trying again after timeouts, I/O errors, 429 and 5xx; the last response or failure. */
  private Sent send(URI url, Validators validators) {
    String last = "no attempt";
    for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
      long retryAfter = -1;
      try {
        HttpResponse<byte[]> r = sendOnce(url, validators);
        int s = r.statusCode();
        if ((s == 429 || s >= 500) && attempt < policy.attempts()) {
          last = "HTTP " + s;
          retryAfter = r.headers().firstValue("Retry-After").map(Fetcher::seconds).orElse(-1L);
        } else {
          return new Sent.Response(r);
        }
      } catch (CappedBody.TooLarge e) {
        return new Sent.Failure(Result.Failed.permanent(url, e.getMessage()));
      } catch (IllegalArgumentException e) {
        // The JDK refuses some URLs and header values (an ETag with a line break from a damaged state file).
        return new Sent.Failure(Result.Failed.permanent(url, "cannot send this request: " + e.getMessage()));
      } catch (TimeoutException | HttpTimeoutException e) {
        last = "timed out after " + policy.timeout().toMillis() + " ms";
      } catch (ConnectException e) {
        last = "cannot connect: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      } catch (IOException e) {
        last = "I/O error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Sent.Failure(new Result.Failed(url, "interrupted", true));
      }
      if (attempt < policy.attempts()) {
        long wait = policy.backoff().toMillis() << (attempt - 1);
        if (retryAfter >= 0) {
          wait = Math.max(wait, retryAfter * 1000);
        }
        if (!sleep(Math.min(wait, policy.maxBackoff().toMillis()))) {
          return new Sent.Failure(new Result.Failed(url, "interrupted", true));
        }
      }
    }
    return new Sent.Failure(new Result.Failed(url, last + (policy.attempts() > 1 ? " (" + policy.attempts()
        + " tries)" : ""), true));
  }

  private static long seconds(String retryAfter) {
    try {
      return Long.parseLong(retryAfter.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private HttpResponse<byte[]> sendOnce(URI url, Validators validators)
      throws IOException, InterruptedException, TimeoutException {
    HttpRequest.Builder b = HttpRequest.newBuilder(url).GET().timeout(policy.timeout())
        .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "gzip")
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
            + "application/xml;q=0.9,*/*;q=0.5");
    if (validators.etag() != null) {
      b.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      b.header("If-Modified-Since", validators.lastModified());
    }
    pace(url);
    requests.incrementAndGet();
    CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(b.build(), info -> new CappedBody(policy.maxBytes()));
    try {
      return f.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      while (c != null && !(c instanceof CappedBody.TooLarge) && !(c instanceof IOException) && c.getCause() != null) {
        c = c.getCause();
      }
      if (c instanceof CappedBody.TooLarge t) {
        throw t;
      }
      if (c instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(c), c);
    } catch (CancellationException e) {
      throw new IOException("cancelled", e);
    }
  }

  /** Waits until this host may be asked again, and books the next slot. */
  private void pace(URI url) throws InterruptedException {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    long interval = policy.perHostInterval().toNanos();
    BaseRobotRules rules = robots.get(origin(url));
    if (rules != null && rules.getCrawlDelay() > 0) {
      interval = Math.max(interval, Math.min(rules.getCrawlDelay(), Policy.MAX_CRAWL_DELAY.toMillis()) * 1_000_000L);
    }
    long wait;
    synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextSlot.getOrDefault(host, now));
      nextSlot.put(host, slot + interval);
      wait = slot - now;
    }
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static boolean sleep(long millis) {
    try {
      Thread.sleep(Math.max(0, millis));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String origin(URI u) {
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT)
        + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }

  /** Why robots.txt forbids {@code url}, or empty when it may be fetched. Unreachable robots.txt forbids for now. */
  private Optional<Result.Failed> robotsRefusal(URI url) {
    String origin = origin(url);
    BaseRobotRules rules = robots.get(origin);
    if (rules == null) {
      URI robotsUrl = URI.create(origin + "/robots.txt");
      Sent r = send(robotsUrl, Validators.NONE);
      if (r instanceof Sent.Failure(Result.Failed f)) {
        // RFC 9309 2.3.1.4: an unreachable robots.txt means "disallow all"; not cached, so the next call tries again.
        return Optional.of(new Result.Failed(url, "robots.txt unreachable (" + f.reason() + "); not fetching", true));
      }
      HttpResponse<byte[]> resp = ((Sent.Response) r).response();
      int s = resp.statusCode();
      if (s >= 200 && s < 300) {
        byte[] body = decode(robotsUrl, resp) instanceof Result.Ok ok ? ok.body() : new byte[0];
        rules = robotsParser.parseContent(robotsUrl.toString(), body,
            resp.headers().firstValue("Content-Type").orElse("text/plain"), List.of(ROBOTS_AGENT));
      } else if (s >= 500) {
        return Optional.of(new Result.Failed(url, "robots.txt unreachable (HTTP " + s + "); not fetching", true));
      } else {
        // 3xx and 4xx: no usable robots.txt, so no restrictions (RFC 9309 2.3.1.3).
        rules = robotsParser.failedFetch(404);
      }
      robots.put(origin, rules);
    }
    return rules.isAllowed(url.toString()) ? Optional.empty()
        : Optional.of(Result.Failed.permanent(url, "disallowed by robots.txt"));
  }

  @Override
  public void close() {
    client.shutdownNow();
  }
}
