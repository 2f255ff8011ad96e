package org.swapledger.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
  static final String HTML = "<html><body><p>Hello from the test server.</p></body></html>";
  private final TestServer server;
  private final Fetcher fetcher = new Fetcher(testPolicy());

  FetcherTest() throws IOException {
    server = new TestServer().page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");
  }

  static Fetcher.Policy testPolicy() {
    return TestServer.fastPolicy();
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void fetches_a_page_with_a_user_agent_that_names_a_contact() {
    server.page("/page", "text/html; charset=utf-8", HTML);

    Fetcher.Result r = fetcher.fetch(server.uri("/page"));

    assertThat(r).isInstanceOfSatisfying(Fetcher.Result.Ok.class, ok -> {
      assertThat(new String(ok.body())).isEqualTo(HTML);
      assertThat(ok.contentType()).isEqualTo("text/html; charset=utf-8");
    });
    assertThat(server.exchanges.getLast().getRequestHeaders().getFirst("User-Agent"))
        .startsWith("swapledger/").contains("dev@swapledger.org");
  }

  @Test
  void a_404_fails_at_once_and_a_500_after_all_tries() {
    server.route("/missing", ex -> TestServer.send(ex, 404, "text/html", new byte[0]));
    server.route("/broken", ex -> TestServer.send(ex, 500, "text/html", new byte[0]));

    assertThat(fetcher.fetch(server.uri("/missing"))).isEqualTo(new Fetcher.Result.Failed(server.uri("/missing"),
        "HTTP 404", false));
    assertThat(fetcher.fetch(server.uri("/broken"))).isEqualTo(new Fetcher.Result.Failed(server.uri("/broken"),
        "HTTP 500", true));
    assertThat(server.hits("/missing")).isEqualTo(1);
    assertThat(server.hits("/broken")).isEqualTo(3);
  }

  @Test
  void retries_transient_failures_with_backoff_until_one_succeeds() {
    AtomicInteger n = new AtomicInteger();
    server.route("/flaky", ex -> {
      if (n.incrementAndGet() <= 2) {
        TestServer.send(ex, 503, "text/plain", new byte[0]);
      } else {
        TestServer.send(ex, 200, "text/html", HTML.getBytes());
      }
    });

    assertThat(fetcher.fetch(server.uri("/flaky"))).isInstanceOf(Fetcher.Result.Ok.class);
    assertThat(server.hits("/flaky")).isEqualTo(3);
  }

  @Test
  void a_slow_server_times_out() {
    server.route("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      TestServer.send(ex, 200, "text/html", HTML.getBytes());
    });
    Fetcher quick = new Fetcher(testPolicy().withTimeout(Duration.ofMillis(200)));

    Fetcher.Result r = quick.fetch(server.uri("/slow"));

    assertThat(r).isEqualTo(new Fetcher.Result.Failed(server.uri("/slow"), "timed out after 200 ms (3 tries)", true));
    quick.close();
  }

  @Test
  void a_redirect_loop_is_refused_with_its_chain() {
    server.route("/a", ex -> redirect(ex, "/b"));
    server.route("/b", ex -> redirect(ex, "/a"));

    Fetcher.Result r = fetcher.fetch(server.uri("/a"));

    assertThat(r).isEqualTo(new Fetcher.Result.Failed(server.uri("/a"), "redirect loop: " + server.uri("/a")
        + " -> " + server.uri("/b") + " -> " + server.uri("/a"), false));
  }

  @Test
  void follows_a_redirect_to_the_final_url() {
    server.route("/old", ex -> redirect(ex, "/new"));
    server.page("/new", "text/html", HTML);

    assertThat(fetcher.fetch(server.uri("/old")).url()).isEqualTo(server.uri("/new"));
  }

  @Test
  void stops_downloading_a_huge_response_at_the_cap() {
    server.route("/huge", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[64 << 10];
      try (OutputStream out = ex.getResponseBody()) {
        for (long sent = 0; sent < (1L << 30); sent += chunk.length) {
          out.write(chunk);
        }
      }
    });
    long t0 = System.nanoTime();

    Fetcher.Result r = fetcher.fetch(server.uri("/huge"));

    assertThat(r).isInstanceOfSatisfying(Fetcher.Result.Failed.class, f ->
        assertThat(f.reason()).isEqualTo("response larger than 1048576 bytes; download stopped"));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void refuses_a_gzip_bomb() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "text/html", zipped.toByteArray());
    });

    Fetcher.Result r = fetcher.fetch(server.uri("/bomb"));

    assertThat(r).isInstanceOfSatisfying(Fetcher.Result.Failed.class, f ->
        assertThat(f.reason()).startsWith("gzip bomb: ").endsWith("expand past the cap of 1048576 bytes"));
  }

  @Test
  void decodes_a_gzipped_page() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(HTML.getBytes());
    }
    server.route("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      TestServer.send(ex, 200, "text/html", zipped.toByteArray());
    });

    assertThat(fetcher.fetch(server.uri("/gz"))).isInstanceOfSatisfying(Fetcher.Result.Ok.class, ok ->
        assertThat(new String(ok.body())).isEqualTo(HTML));
  }

  @Test
  void obeys_robots_txt_without_asking_for_the_page() {
    server.page("/private/page", "text/html", HTML);

    assertThat(fetcher.fetch(server.uri("/private/page"))).isEqualTo(new Fetcher.Result.Failed(
        server.uri("/private/page"), "disallowed by robots.txt", false));
    assertThat(server.hits("/private/page")).isZero();
    assertThat(server.hits("/robots.txt")).isEqualTo(1);
  }

  @Test
  void answers_not_modified_to_a_conditional_get_with_a_matching_etag() {
    server.route("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(ex, 304, "application/rss+xml", new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        TestServer.send(ex, 200, "application/rss+xml", "<rss/>".getBytes());
      }
    });

    Fetcher.Result first = fetcher.fetch(server.uri("/feed"));
    Fetcher.Result second = fetcher.fetch(server.uri("/feed"), ((Fetcher.Result.Ok) first).validators());

    assertThat(((Fetcher.Result.Ok) first).validators()).isEqualTo(new Fetcher.Validators("\"v1\"", null));
    assertThat(second).isEqualTo(new Fetcher.Result.NotModified(server.uri("/feed")));
  }

  @Test
  void waits_between_requests_to_one_host() {
    server.page("/p", "text/html", HTML);
    Fetcher paced = new Fetcher(testPolicy().withPacing(Duration.ofMillis(150), Duration.ofMillis(10)));
    long t0 = System.nanoTime();

    for (int i = 0; i < 3; i++) {
      assertThat(paced.fetch(server.uri("/p"))).isInstanceOf(Fetcher.Result.Ok.class);
    }

    // robots.txt + 3 pages = 4 requests, so at least 3 intervals.
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    paced.close();
  }

  @Test
  void a_closed_port_is_a_failure_not_an_exception() {
    server.close();

    assertThat(fetcher.fetch(server.uri("/page"))).isInstanceOf(Fetcher.Result.Failed.class);
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }
}
