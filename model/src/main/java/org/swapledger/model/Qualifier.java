package org.swapledger.model;

import java.util.Locale;

/** How a figure is hedged in the text ("more than 200", "about 90"). */
public enum Qualifier {
  EXACT,
  MORE_THAN,
  AT_LEAST,
  ABOUT,
  NEARLY,
  UP_TO;

  /** The name used in JSON and CSV: {@code more_than}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Qualifier fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The counts compatible with a stated figure. "About" and "nearly" are given a 10% band: reports round to
   * the nearest ten or hundred, and a tighter band flags agreeing sources as contradictions.
   */
  public CountInterval interval(long count) {
    long band = Math.max(1, Math.round(count * 0.10));
    return switch (this) {
      case EXACT -> new CountInterval(count, count);
      case MORE_THAN -> new CountInterval(count + 1, CountInterval.UNBOUNDED);
      case AT_LEAST -> new CountInterval(count, CountInterval.UNBOUNDED);
      case ABOUT -> new CountInterval(Math.max(0, count - band), count + band);
      case NEARLY -> new CountInterval(Math.max(0, count - band), count);
      case UP_TO -> new CountInterval(0, count);
    };
  }
}
