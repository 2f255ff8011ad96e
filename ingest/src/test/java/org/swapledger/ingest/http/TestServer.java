package org.swapledger.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 for tests: routes by path, counts requests, records request headers. */
public final class TestServer implements AutoCloseable {
  /** Answers one exchange. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange ex) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  public final List<HttpExchange> exchanges = new CopyOnWriteArrayList<>();

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "test-http");
      t.setDaemon(true);
      return t;
    }));
    server.start();
  }

  /** Fast pacing for tests: no host interval, 10 ms first backoff, 2 s timeout, 1 MiB cap. */
  public static Fetcher.Policy fastPolicy() {
    return Fetcher.Policy.defaults("dev@swapledger.org").withPacing(java.time.Duration.ZERO,
        java.time.Duration.ofMillis(10)).withTimeout(java.time.Duration.ofSeconds(2)).withMaxBytes(1 << 20);
  }

  public TestServer route(String path, Handler h) {
    server.createContext(path, ex -> {
      hits.computeIfAbsent(ex.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
      exchanges.add(ex);
      try {
        h.handle(ex);
      } catch (IOException e) {
        // The client went away (a cap or a timeout on its side): expected in these tests.
      } finally {
        ex.close();
      }
    });
    return this;
  }

  public TestServer page(String path, String contentType, byte[] body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  public TestServer page(String path, String contentType, String body) {
    return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
