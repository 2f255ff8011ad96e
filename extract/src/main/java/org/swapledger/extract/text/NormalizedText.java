package org.swapledger.extract.text;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Span;

/**
 * An article's text after normalization, with a map back to the original offsets.
 *
 * @param text the normalized text every later stage reads
 * @param toOriginal for each index of {@code text} (and one past the end), the original index; null when equal
 * @param boilerplate lines of page furniture to skip ("Skip to content"), as spans of {@code text}
 */
public record NormalizedText(String original, String text, int @Nullable [] toOriginal, List<Span> boilerplate) {
  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    boilerplate = List.copyOf(boilerplate);
    if (toOriginal != null && toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException("offset map must have text.length()+1 entries");
    }
  }

  /** The original span of a span of the normalized text. */
  public Span toOriginal(Span span) {
    if (toOriginal == null) {
      return span;
    }
    return new Span(toOriginal[span.start()], toOriginal[span.end()]);
  }

  /** True when the offset lies in a boilerplate line; the lines are in text order, so a binary search. */
  public boolean isBoilerplate(int offset) {
    int lo = 0;
    int hi = boilerplate.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = boilerplate.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
