package org.swapledger.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One news article as read from the input: the text every span points into. */
public record Article(
    String id, @Nullable String url, @Nullable String outlet, @Nullable LocalDate published, String text) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Article id must not be blank");
    }
  }
}
