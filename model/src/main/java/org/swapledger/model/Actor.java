package org.swapledger.model;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person, body, side, mediator, outlet or place known to the gazetteer, by its canonical English name.
 *
 * @param side the party it speaks for, or null for mediators, outlets and places
 */
public record Actor(String name, Kind kind, @Nullable Side side) {
  public Actor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** What an actor is; it decides whether it can be a source, a mediator or a place. */
  public enum Kind {
    PERSON,
    BODY,
    /** A whole party: "Kyiv", "Russian officials". */
    SIDE,
    MEDIATOR,
    OUTLET,
    PLACE;

    public static Kind parse(String text) {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
  }
}
