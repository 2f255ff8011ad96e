package org.swapledger.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.swapledger.store.Database;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The read-only web server over one ledger database: REST API under /api, web pages elsewhere, static files under
 * /static. Every read answers with an ETag (a digest of the body) and Cache-Control, and 304 when the client
 * already has it; errors are problem details (RFC 9457) under /api and pages elsewhere.
 */
public final class LedgerServer implements AutoCloseable {
  /** Sent with every response: scripts and styles only from this server, nothing inline, no framing. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** Read connections: enough for both cores and a slow client or two. */
  private static final int READERS = 4;

  static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Javalin app;
  private final Readers readers;

  private LedgerServer(Javalin app, Readers readers) {
    this.app = app;
    this.readers = readers;
  }

  /** Opens the ledger file at {@code db} (which must exist) and serves it on {@code host:port} (0: any free port). */
  public static LedgerServer start(Path db, String host, int port) {
    return start(new Database.SqliteFile(db), host, port);
  }

  /** Opens the ledger {@code db} (a file must exist) and serves it on {@code host:port} (0: any free port). */
  public static LedgerServer start(Database db, String host, int port) {
    Readers readers = new Readers(db, READERS);
    try {
      Api api = new Api(readers);
      Pages pages = new Pages(readers, api);
      Javalin app = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.prefer405over404 = true;
        cfg.jetty.host = host;
        cfg.jetty.port = port;
        cfg.staticFiles.add(sf -> {
          sf.hostedPath = "/static";
          sf.directory = "/static";
          sf.location = Location.CLASSPATH;
          sf.headers = Map.of("Cache-Control", "public, max-age=3600", "X-Content-Type-Options", "nosniff",
              "Content-Security-Policy", CSP);
        });
        cfg.routes.before(ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        });
        api.routes(cfg.routes);
        pages.routes(cfg.routes);
        cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.detail(), pages));
        cfg.routes.exception(IllegalArgumentException.class,
            (e, ctx) -> problem(ctx, 400, "Bad request", String.valueOf(e.getMessage()), pages));
        cfg.routes.exception(Exception.class,
            (e, ctx) -> problem(ctx, 500, "Server error", e.getClass().getSimpleName() + ": " + e.getMessage(),
                pages));
        cfg.routes.error(404, ctx -> {
          String type = String.valueOf(ctx.res().getContentType());
          if (!type.startsWith("application/problem+json") && !type.startsWith("text/html")) {
            problem(ctx, 404, "Not found", "nothing at " + ctx.path(), pages);
          }
        });
        cfg.routes.error(405, ctx -> problem(ctx, 405, "Method not allowed",
            "this server is read-only: " + ctx.method() + " " + ctx.path(), pages));
      });
      app.start();
      // The timeline reads every event; compute it now so the first visitor does not wait. A failure here shows
      // again, as a problem response, on the first request that needs it.
      Thread.ofVirtual().name("swapledger-warm").start(() -> {
        try {
          api.warm();
        } catch (RuntimeException e) {
          // answered on the first request instead
        }
      });
      return new LedgerServer(app, readers);
    } catch (RuntimeException e) {
      readers.close();
      throw e;
    }
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    readers.close();
  }

  /** Sends an error: problem details for the API, an error page for people. */
  static void problem(Context ctx, int status, String title, String detail, Pages pages) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().startsWith("/api")) {
      try {
        ctx.contentType("application/problem+json").result(JSON.writeValueAsBytes(Map.of(
            "type", "about:blank", "title", title, "status", status, "detail", detail, "instance", ctx.path())));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        ctx.contentType("text/plain").result(title + ": " + detail);
      }
    } else {
      ctx.contentType("text/html; charset=utf-8").result(pages.error(status, title, detail));
    }
  }

  /**
   * Sends a read's body with a strong ETag; 304 with no body when If-None-Match already names it. Clients
   * revalidate every time (no-cache): the ledger changes under the server while ingest runs.
   */
  static void send(Context ctx, byte[] body, String contentType) {
    String etag = "\"" + digest(body) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    String match = ctx.header("If-None-Match");
    if (match != null && (match.equals(etag) || match.equals("W/" + etag) || match.contains(etag))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(contentType).result(body);
  }

  static void sendJson(Context ctx, Object value) {
    try {
      send(ctx, JSON.writeValueAsBytes(value), "application/json");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + ctx.path(), e);
    }
  }

  static void sendHtml(Context ctx, String html) {
    send(ctx, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
  }

  private static String digest(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
