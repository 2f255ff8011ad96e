package org.swapledger.model;

/**
 * How much weight a source carries for a count of returnees, best first: each government counts its own
 * people (Ukraine's for those returned to Ukraine, Russia's defence ministry for those returned to Russia),
 * then mediators, then the media, then the other government. The media come before the other government
 * because they mostly relay the receiving side's count, while the other side's count of the people it handed
 * over is its headline ("195 for 195"), not a list of names.
 */
public enum Authority {
  OFFICIAL,
  MEDIATOR,
  MEDIA,
  COUNTERPART;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
