package org.swapledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchAndWatchCommandTest {
  private static final String PAGE = "<html><head><meta property=\"article:published_time\" content=\"2025-04-19\">"
      + "</head><body><article><h1>Prisoners swapped</h1><p>Russia and Ukraine exchanged 246 prisoners of war each "
      + "on Saturday, officials said.</p></article></body></html>";

  @TempDir
  Path dir;

  private final HttpServer server;
  private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4);
  private final AtomicInteger feedRequests = new AtomicInteger();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  FetchAndWatchCommandTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      byte[] body;
      int status = 200;
      String type = "text/html; charset=utf-8";
      if (path.equals("/feed.xml")) {
        feedRequests.incrementAndGet();
        ex.getResponseHeaders().set("ETag", "\"f1\"");
        if ("\"f1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          status = 304;
          body = new byte[0];
        } else {
          type = "application/rss+xml";
          body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>Swap</title>"
              + "<link>" + url("/story") + "</link><guid>s1</guid></item></channel></rss>")
              .getBytes(StandardCharsets.UTF_8);
        }
      } else if (path.equals("/story")) {
        body = PAGE.getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/broken")) {
        status = 500;
        body = new byte[0];
      } else if (path.equals("/slow")) {
        sleep(2000);
        body = PAGE.getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/loop")) {
        ex.getResponseHeaders().set("Location", "/loop2");
        status = 302;
        body = new byte[0];
      } else if (path.equals("/loop2")) {
        ex.getResponseHeaders().set("Location", "/loop");
        status = 302;
        body = new byte[0];
      } else if (path.equals("/huge")) {
        body = new byte[4 << 20];
      } else if (path.equals("/bomb")) {
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        body = gzippedZeros(16 << 20);
      } else if (path.equals("/martian")) {
        type = "text/html; charset=x-martian";
        body = PAGE.getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/notxml.rss")) {
        type = "application/rss+xml";
        body = "<<< this is not XML".getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/malformed")) {
        body = "<html><body><div><nav><a href=/>x</a></nav></span></table>".getBytes(StandardCharsets.UTF_8);
      } else {
        status = 404;
        body = new byte[0];
      }
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream o = ex.getResponseBody()) {
          o.write(body);
        }
      }
      ex.close();
    });
    server.setExecutor(executor);
    server.start();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] gzippedZeros(int n) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(new byte[n]);
    }
    return bytes.toByteArray();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void fetch_prints_extractions_and_one_line_per_bad_url() {
    int code = run("fetch", "--host-interval", "0ms", url("/story"), url("/missing"));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("{\"id\":\"" + url("/story") + "\"").contains("\"published\":\"2025-04-19\"").contains("246"));
    assertThat(err.toString()).isEqualTo(url("/missing") + ": HTTP 404" + System.lineSeparator());
  }

  @Test
  void fetch_reports_every_kind_of_bad_input_once_and_still_reads_the_good_page() {
    String[] bad = {"/missing", "/broken", "/slow", "/loop", "/huge", "/bomb", "/martian", "/notxml.rss",
        "/malformed"};
    String[] args = new String[8 + bad.length];
    System.arraycopy(new String[] {"fetch", "--host-interval", "0ms", "--retries", "0", "--timeout", "500ms",
        "--max-bytes=1048576"}, 0, args, 0, 8);
    for (int i = 0; i < bad.length; i++) {
      args[8 + i] = url(bad[i]);
    }
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = url("/story");

    int code = run(all);

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines()).singleElement().satisfies(l -> assertThat(l).contains(url("/story")));
    assertThat(err.toString().lines()).hasSize(bad.length).doesNotContain("\tat ").satisfiesExactly(
        l -> assertThat(l).isEqualTo(url("/missing") + ": HTTP 404"),
        l -> assertThat(l).isEqualTo(url("/broken") + ": HTTP 500"),
        l -> assertThat(l).isEqualTo(url("/slow") + ": timed out after 500 ms"),
        l -> assertThat(l).startsWith(url("/loop") + ": redirect loop: "),
        l -> assertThat(l).isEqualTo(url("/huge") + ": response larger than 1048576 bytes; download stopped"),
        l -> assertThat(l).startsWith(url("/bomb") + ": gzip bomb: "),
        l -> assertThat(l).isEqualTo(url("/martian") + ": unknown charset \"x-martian\" (from the Content-Type header)"),
        l -> assertThat(l).startsWith(url("/notxml.rss") + ": not an RSS or Atom feed: "),
        l -> assertThat(l).startsWith(url("/malformed") + ": no article text found in the HTML (malformed HTML; "));
  }

  @Test
  void watch_once_prints_new_items_and_a_second_run_costs_one_conditional_request() {
    String state = dir.resolve("state.json").toString();

    int first = run("watch", "--once", "--host-interval", "0ms", "--state", state, url("/feed.xml"));
    String firstOut = out.toString();
    out.getBuffer().setLength(0);
    int second = run("watch", "--once", "--host-interval", "0ms", "--state", state, url("/feed.xml"));

    assertThat(first).isZero();
    assertThat(firstOut.lines()).singleElement().satisfies(l -> assertThat(l).contains(url("/story")));
    assertThat(second).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(feedRequests.get()).isEqualTo(2);
    assertThat(err.toString()).contains("1 unchanged, 0 new item(s)");
  }

  @Test
  void watch_with_a_db_puts_new_items_in_the_ledger_within_one_poll() {
    String state = dir.resolve("state.json").toString();
    String db = dir.resolve("ledger.db").toString();

    int code = run("watch", "--once", "--host-interval", "0ms", "--state", state, "--db", db, url("/feed.xml"));
    int events = run("events", "--db", db);

    assertThat(code).isZero();
    assertThat(err.toString()).contains("ledger rebuilt");
    assertThat(events).isZero();
    assertThat(out.toString()).contains("2025-04-19");
  }

  @Test
  void watch_refuses_a_state_file_that_is_not_its_own() throws IOException {
    Path state = dir.resolve("state.json");
    Files.writeString(state, "not json");

    int code = run("watch", "--once", "--state", state.toString(), url("/feed.xml"));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("swapledger watch: --state " + state + ": ").doesNotContain("\tat ");
  }

  @Test
  void watch_refuses_polling_more_often_than_once_a_minute() {
    assertThat(run("watch", "--every", "10s", url("/feed.xml"))).isEqualTo(2);
    assertThat(err.toString()).contains("--every must be at least 1m");
  }
}
