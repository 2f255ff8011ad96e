package org.swapledger.model;

import java.util.Objects;

/**
 * A sentence of an article: its span and the paragraph (line block) it belongs to.
 *
 * @param index position among the article's sentences, from 0
 * @param paragraph position of its paragraph, from 0
 * @param headline true for a line without closing punctuation (titles, decks)
 */
public record Sentence(int index, Span span, int paragraph, boolean headline) {
  public Sentence {
    Objects.requireNonNull(span, "span");
  }
}
