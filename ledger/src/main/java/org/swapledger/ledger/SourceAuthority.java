package org.swapledger.ledger;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Actor;
import org.swapledger.model.Authority;
import org.swapledger.model.Direction;
import org.swapledger.model.Side;

/**
 * Weighs a claim's source for a direction: each government for its own returnees, then mediators, then the
 * other government, then the media. Within a government, the bodies that publish the lists come first.
 */
public final class SourceAuthority {
  /** Ukraine's sources for people returned to Ukraine, most authoritative first. */
  static final List<String> UKRAINE_FIRST = List.of("Coordination Headquarters for the Treatment of Prisoners of War",
      "Dmytro Lubinets", "Volodymyr Zelensky", "Andriy Yermak", "Office of the President of Ukraine");
  /** Russia's sources for people returned to Russia, most authoritative first. */
  static final List<String> RUSSIA_FIRST = List.of("Russian Ministry of Defence", "Tatyana Moskalkova");

  private final Function<String, Optional<Actor>> actors;

  /** @param actors looks a canonical source name up (the extraction gazetteer) */
  public SourceAuthority(Function<String, Optional<Actor>> actors) {
    this.actors = actors;
  }

  public Authority authority(@Nullable String source, Direction direction) {
    if (source == null) {
      return Authority.MEDIA;
    }
    Optional<Actor> actor = actors.apply(source);
    if (actor.isEmpty()) {
      return Authority.MEDIA;
    }
    Actor a = actor.get();
    if (a.kind() == Actor.Kind.MEDIATOR) {
      return Authority.MEDIATOR;
    }
    Side side = a.side();
    if (side == null || a.kind() == Actor.Kind.OUTLET) {
      return Authority.MEDIA;
    }
    if (direction == Direction.TOTAL) {
      return Authority.OFFICIAL;
    }
    return Direction.toSide(side) == direction ? Authority.OFFICIAL : Authority.COUNTERPART;
  }

  /** Order among sources of the same authority: lower is preferred. */
  public int preference(@Nullable String source, Direction direction) {
    if (source == null) {
      return Integer.MAX_VALUE;
    }
    List<String> order = direction == Direction.TO_RUSSIA ? RUSSIA_FIRST : UKRAINE_FIRST;
    int i = order.indexOf(source);
    return i < 0 ? order.size() : i;
  }
}
