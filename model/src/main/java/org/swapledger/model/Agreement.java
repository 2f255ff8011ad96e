package org.swapledger.model;

import java.util.Locale;

/**
 * How two claims about the same exchange and direction relate.
 *
 * @param first the claim id that sorts first
 * @param second the other claim id
 */
public record Agreement(long first, long second, Status status) {
  public Agreement {
    if (first >= second) {
      throw new IllegalArgumentException("claim ids must be ordered: " + first + " >= " + second);
    }
  }

  /** Agreed: the same count; compatible: ranges overlap; scope: disjoint but explained by a counted group. */
  public enum Status {
    AGREED,
    COMPATIBLE,
    SCOPE,
    CONTRADICTION;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
