package org.swapledger.ingest.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.swapledger.ingest.http.Fetcher;

/**
 * What a feed poller remembers across restarts, per feed: the validators of the last complete poll (for conditional
 * GETs) and the keys of items already handed on. A small JSON file,
 * replaced atomically on every save. Thread-safe.
 */
public final class PollState {
  /** Keys remembered per feed; older ones are forgotten first. Feeds list well under a few hundred items. */
  static final int MAX_SEEN_PER_FEED = 5000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final class Feed {
    Fetcher.Validators validators = Fetcher.Validators.NONE;
    final LinkedHashSet<String> seen = new LinkedHashSet<>();
  }

  private final @Nullable Path file;
  private final Map<String, Feed> feeds = new LinkedHashMap<>();

  private PollState(@Nullable Path file) {
    this.file = file;
  }

  /** A state kept only in memory. */
  public static PollState inMemory() {
    return new PollState(null);
  }

  /** The state in {@code file}, or an empty one when the file does not exist yet. */
  public static PollState load(Path file) throws IOException {
    PollState s = new PollState(file);
    if (!Files.exists(file)) {
      return s;
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException("state file " + file + " is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode feeds = root == null ? null : root.get("feeds");
    if (feeds == null || !feeds.isObject()) {
      throw new IOException("state file " + file + " has no \"feeds\" object; is it a swapledger watch state?");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = feeds.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Feed f = new Feed();
      JsonNode n = e.getValue();
      f.validators = new Fetcher.Validators(text(n, "etag"), text(n, "lastModified"));
      n.path("seen").forEach(k -> f.seen.add(k.asText()));
      s.feeds.put(e.getKey(), f);
    }
    return s;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  public synchronized Fetcher.Validators validators(String feed) {
    Feed f = feeds.get(feed);
    return f == null ? Fetcher.Validators.NONE : f.validators;
  }

  public synchronized void validators(String feed, Fetcher.Validators v) {
    feed(feed).validators = v;
  }

  public synchronized boolean seen(String feed, String key) {
    Feed f = feeds.get(feed);
    return f != null && f.seen.contains(key);
  }

  public synchronized void markSeen(String feed, String key) {
    Feed f = feed(feed);
    f.seen.add(key);
    Iterator<String> oldest = f.seen.iterator();
    while (f.seen.size() > MAX_SEEN_PER_FEED) {
      oldest.next();
      oldest.remove();
    }
  }

  private Feed feed(String url) {
    return feeds.computeIfAbsent(url, u -> new Feed());
  }

  /** Writes the state to its file (write a temporary file, then rename over the old one); no-op in memory. */
  public synchronized void save() throws IOException {
    if (file == null) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ObjectNode out = root.putObject("feeds");
    feeds.forEach((url, f) -> {
      ObjectNode n = out.putObject(url);
      n.put("etag", f.validators.etag());
      n.put("lastModified", f.validators.lastModified());
      f.seen.forEach(n.putArray("seen")::add);
    });
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
