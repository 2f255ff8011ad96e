package org.swapledger.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where a ledger lives, as given to {@code --db}: a PostgreSQL URL ({@code postgresql://user[:password]@host[:port]/
 * dbname}, {@code postgres://…} or {@code jdbc:postgresql://…}), anything else the path of a SQLite file.
 */
public sealed interface Database permits Database.SqliteFile, Database.Postgres {
  /** How to name this database in a message: never with a password. */
  String describe();

  /** One SQLite file. */
  record SqliteFile(Path file) implements Database {
    @Override
    public String describe() {
      return file.toString();
    }
  }

  /**
   * A PostgreSQL database. {@code parameters} are the URL's other query parameters (such as {@code sslmode=require}),
   * passed on to the driver as written.
   */
  record Postgres(String host, int port, String database, String user, @Nullable String password,
      String parameters) implements Database {
    public static final int DEFAULT_PORT = 5432;

    @Override
    public String describe() {
      String h = host.contains(":") ? "[" + host + "]" : host;
      return "postgresql://" + user + "@" + h + ":" + port + "/" + database;
    }

    /** The driver's URL (user and password go separately, so this one can be shown). */
    public String jdbcUrl() {
      String h = host.contains(":") ? "[" + host + "]" : host;
      return "jdbc:postgresql://" + h + ":" + port + "/" + database + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** Reads a {@code --db} value; the password comes from the URL, else from the environment's PGPASSWORD. */
  static Database parse(String location) {
    return parse(location, System::getenv);
  }

  /** As {@link #parse(String)}, with {@code env} for PGPASSWORD and PGUSER (tests give their own). */
  static Database parse(String location, UnaryOperator<@Nullable String> env) {
    String s = location.strip();
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String rest;
    if (lower.startsWith("jdbc:postgresql://")) {
      rest = s.substring("jdbc:postgresql://".length());
    } else if (lower.startsWith("postgresql://")) {
      rest = s.substring("postgresql://".length());
    } else if (lower.startsWith("postgres://")) {
      rest = s.substring("postgres://".length());
    } else {
      return new SqliteFile(Path.of(location));
    }
    URI uri;
    try {
      uri = new URI("postgresql://" + rest);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user[:password]@host[:port]/dbname): "
          + redact(s) + ": " + e.getReason());
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      if (uri.getRawAuthority() != null && !uri.getRawAuthority().endsWith("@")) {
        throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://user[:password]@host[:port]/dbname): "
            + redact(s) + ": cannot read the host");
      }
      host = "localhost";
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String database = path.startsWith("/") ? path.substring(1) : path;
    if (database.isEmpty() || database.contains("/")) {
      throw new IllegalArgumentException("a PostgreSQL URL needs a database name "
          + "(postgresql://user[:password]@host[:port]/dbname), was " + redact(s));
    }
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    List<String> keep = new ArrayList<>();
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        switch (key) {
          case "user" -> user = user == null ? value : user;
          case "password" -> password = password == null ? value : password;
          default -> keep.add(pair);
        }
      }
    }
    if (user == null || user.isEmpty()) {
      user = env.apply("PGUSER");
    }
    if (user == null || user.isEmpty()) {
      user = System.getProperty("user.name");
    }
    if (password == null) {
      password = env.apply("PGPASSWORD");
    }
    return new Postgres(host, uri.getPort() < 0 ? Postgres.DEFAULT_PORT : uri.getPort(), database, user, password,
        String.join("&", keep));
  }

  /** Whether {@code location} names a PostgreSQL database rather than a file. */
  static boolean isPostgres(String location) {
    String lower = location.strip().toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("postgresql://") || lower.startsWith("postgres://")
        || lower.startsWith("jdbc:postgresql://");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL with any password replaced, for messages. */
  private static String redact(String url) {
    return url.replaceAll("(//[^:/@]*):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
  }
}
