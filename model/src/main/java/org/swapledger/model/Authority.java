package org.swapledger.model;

/**
 * How much weight a source carries for a count of returnees, best first: each government counts its own
 * people (Ukraine's for those returned to Ukraine, Russia's defence ministry for those returned to Russia),
 * then mediators, then the other government, then the media.
 */
public enum Authority {
  OFFICIAL,
  MEDIATOR,
  COUNTERPART,
  MEDIA;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
