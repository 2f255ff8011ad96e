package org.swapledger.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.swapledger.ingest.http.Fetcher;

/** A real HTTP server on 127.0.0.1 for tests, serving fixed responses by path; robots.txt is absent (404). */
final class LocalServer implements AutoCloseable {
  private final HttpServer server;

  LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
  }

  LocalServer serve(String path, int status, String contentType, byte[] body) {
    server.createContext(path, ex -> {
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
      ex.close();
    });
    return this;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** A fetcher paced for tests: no wait between requests, 10 ms backoff. */
  static Fetcher fetcher() {
    return new Fetcher(Fetcher.Policy.defaults("dev@swapledger.org").withPacing(Duration.ZERO, Duration.ofMillis(10))
        .withTimeout(Duration.ofSeconds(5)));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
