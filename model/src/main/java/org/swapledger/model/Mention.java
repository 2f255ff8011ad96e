package org.swapledger.model;

import org.jspecify.annotations.Nullable;

/** Something a stage found in the text, always with its span. */
public sealed interface Mention permits Mention.NumberMention, Mention.DateMention, Mention.ActorMention,
    Mention.QuoteMention {
  Span span();

  /**
   * A count written in digits or words, with the hedge before it.
   *
   * @param span the number as written ("2,828", "two hundred and seven")
   * @param qualifierSpan the hedge ("more than"), when there is one
   */
  record NumberMention(Span span, long value, Qualifier qualifier, @Nullable Span qualifierSpan, boolean words)
      implements Mention {}

  /** A date resolved against the publication date. */
  record DateMention(Span span, PartialDate date, DateKind kind) implements Mention {}

  /** How a date was written; explicit dates outrank weekdays, weekdays outrank "today". */
  enum DateKind {
    EXPLICIT_DAY,
    EXPLICIT_MONTH,
    WEEKDAY,
    RELATIVE
  }

  /** A gazetteer entry named in the text. */
  record ActorMention(Span span, Actor actor) implements Mention {}

  /** A quoted passage between quotation marks. */
  record QuoteMention(Span span) implements Mention {}
}
