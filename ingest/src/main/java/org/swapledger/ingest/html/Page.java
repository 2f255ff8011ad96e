package org.swapledger.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Span;

/**
 * What a page holds: its metadata, its main text (blocks separated by blank lines), the spans of those blocks in the
 * text, and, for a live blog, its posts (empty for an ordinary article).
 */
public record Page(Metadata meta, String text, List<Span> blocks, List<Post> posts) {
  public Page {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    posts = List.copyOf(posts);
    for (Span b : blocks) {
      if (b.end() > text.length()) {
        throw new IllegalArgumentException("block " + b + " ends past the text (" + text.length() + ")");
      }
    }
  }

  /** Metadata from {@code <meta>}, JSON-LD, {@code <time>}, the canonical link and the URL; null when absent. */
  public record Metadata(@Nullable String title, @Nullable String url, @Nullable String outlet,
      @Nullable String author, @Nullable LocalDate published, boolean liveBlog) {}

  /** One live-blog post: its own title, date (null when the post gives none) and text. */
  public record Post(String title, @Nullable LocalDate published, String text) {
    public Post {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
    }
  }
}
