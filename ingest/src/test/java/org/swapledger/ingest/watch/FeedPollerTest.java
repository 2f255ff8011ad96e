package org.swapledger.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.ingest.DocumentReader;
import org.swapledger.ingest.Input;
import org.swapledger.ingest.http.Fetcher;
import org.swapledger.ingest.http.TestServer;
import org.swapledger.model.Issue;

class FeedPollerTest {
  @TempDir
  Path dir;

  private final TestServer server;
  private final List<String> items = new CopyOnWriteArrayList<>();
  private final List<String> articles = new ArrayList<>();
  private final List<Issue> issues = new ArrayList<>();
  private final Fetcher fetcher = new Fetcher(TestServer.fastPolicy());

  private final FeedPoller.Sink sink = new FeedPoller.Sink() {
    @Override
    public void article(Input.Read read) {
      articles.add(read.article().id());
    }

    @Override
    public void issue(Issue issue) {
      issues.add(issue);
    }
  };

  FeedPollerTest() throws IOException {
    server = new TestServer().page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  /** Serves /feed.xml listing {@link #items} with an ETag per version, answering 304 when it matches. */
  private void serveFeed() {
    server.route("/feed.xml", ex -> {
      String etag = "\"" + items.size() + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        TestServer.send(ex, 304, "application/rss+xml", new byte[0]);
        return;
      }
      ex.getResponseHeaders().set("ETag", etag);
      TestServer.send(ex, 200, "application/rss+xml", rss().getBytes(StandardCharsets.UTF_8));
    });
    server.route("/story/", ex -> TestServer.send(ex, 200, "text/html; charset=utf-8", page(ex)));
  }

  private String rss() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire"
        + "</title>");
    for (String i : items.reversed()) {
      sb.append("<item><title>Story ").append(i).append("</title><link>").append(server.uri("/story/" + i))
          .append("</link><guid>").append(i).append("</guid></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private static byte[] page(HttpExchange ex) {
    String name = ex.getRequestURI().getPath().substring("/story/".length());
    return ("<html><head><title>Story " + name + "</title></head><body><article><h1>Story " + name
        + "</h1><p>Text of story " + name + " about events of the day.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private FeedPoller poller(PollState state) {
    return new FeedPoller(fetcher, new DocumentReader(), state, sink);
  }

  @Test
  void new_items_are_fetched_and_handed_on_within_one_poll() throws IOException {
    serveFeed();
    items.addAll(List.of("a", "b"));

    FeedPoller.Report report = poller(PollState.load(dir.resolve("state.json"))).poll(List.of(server.uri("/feed.xml")));

    assertThat(articles).containsExactlyInAnyOrder(server.uri("/story/a").toString(),
        server.uri("/story/b").toString());
    assertThat(report).isEqualTo(new FeedPoller.Report(1, 0, 2, 2, 0));
    assertThat(issues).isEmpty();
  }

  @Test
  void an_unchanged_feed_costs_one_conditional_request() throws IOException {
    serveFeed();
    items.addAll(List.of("a", "b"));
    FeedPoller poller = poller(PollState.load(dir.resolve("state.json")));
    poller.poll(List.of(server.uri("/feed.xml")));
    long before = fetcher.requests();

    FeedPoller.Report report = poller.poll(List.of(server.uri("/feed.xml")));

    assertThat(fetcher.requests() - before).isEqualTo(1);
    assertThat(report.notModified()).isEqualTo(1);
    assertThat(server.exchanges.getLast().getRequestHeaders().getFirst("If-None-Match")).isEqualTo("\"2\"");
    assertThat(articles).hasSize(2);
  }

  @Test
  void remembers_seen_items_across_restarts() throws IOException {
    server.route("/feed.xml", ex -> TestServer.send(ex, 200, "application/rss+xml", rss().getBytes()));
    server.route("/story/", ex -> TestServer.send(ex, 200, "text/html", page(ex)));
    items.addAll(List.of("a", "b"));
    Path file = dir.resolve("state.json");
    poller(PollState.load(file)).poll(List.of(server.uri("/feed.xml")));
    items.add("c");

    poller(PollState.load(file)).poll(List.of(server.uri("/feed.xml")));

    assertThat(articles).extracting(id -> id.substring(id.lastIndexOf('/') + 1)).containsExactly("b", "a", "c");
    assertThat(server.hits("/story/a")).isEqualTo(1);
  }

  @Test
  void a_server_that_fails_half_of_the_time_loses_no_item() throws IOException {
    Random random = new Random(7);
    server.route("/feed.xml", ex -> {
      if (flip(random)) {
        TestServer.send(ex, 500, "text/plain", new byte[0]);
      } else {
        TestServer.send(ex, 200, "application/rss+xml", rss().getBytes(StandardCharsets.UTF_8));
      }
    });
    server.route("/story/", ex -> {
      if (flip(random)) {
        TestServer.send(ex, 503, "text/plain", new byte[0]);
      } else {
        TestServer.send(ex, 200, "text/html", page(ex));
      }
    });
    Fetcher noRetries = new Fetcher(new Fetcher.Policy("dev@swapledger.org", java.time.Duration.ofSeconds(2),
        java.time.Duration.ofSeconds(2), 1, java.time.Duration.ZERO, java.time.Duration.ZERO, 1 << 20, 5,
        java.time.Duration.ZERO, true));
    Path file = dir.resolve("state.json");
    List<String> expected = new ArrayList<>();

    for (int poll = 0; poll < 60; poll++) {
      if (poll < 20 && poll % 2 == 0) {
        items.add("s" + poll);
        expected.add(server.uri("/story/s" + poll).toString());
      }
      // A fresh poller and state load each time, as after a restart.
      new FeedPoller(noRetries, new DocumentReader(), PollState.load(file), sink).poll(List.of(server.uri("/feed.xml")));
    }

    assertThat(articles).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(issues).isNotEmpty().allSatisfy(i -> assertThat(i.reason()).contains("HTTP 50"));
    noRetries.close();
  }

  private static boolean flip(Random random) {
    synchronized (random) {
      return random.nextBoolean();
    }
  }
}
