package org.swapledger.model;

import java.util.Locale;

/** A party to the war. */
public enum Side {
  UKRAINE,
  RUSSIA;

  public Side other() {
    return this == UKRAINE ? RUSSIA : UKRAINE;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
