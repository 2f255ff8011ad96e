package org.swapledger.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every claim of one event for one direction, ranked, with the best figure and how each pair relates.
 *
 * @param best the claim whose figure the ledger reports, or null when there is none
 * @param claims the claims, best first
 * @param sources independent sources: wire copy (the same sentence in several outlets) counts once
 */
public record Reconciliation(Direction direction, @Nullable Claim best, List<Ranked> claims,
    List<Agreement> pairs, int sources) {
  public Reconciliation {
    Objects.requireNonNull(direction, "direction");
    claims = List.copyOf(claims);
    pairs = List.copyOf(pairs);
  }

  /** A claim with its authority and the group of identical sentences it belongs to. */
  public record Ranked(Claim claim, Authority authority, int sourceGroup) {
    public Ranked {
      Objects.requireNonNull(claim, "claim");
      Objects.requireNonNull(authority, "authority");
    }
  }

  public boolean hasContradiction() {
    return pairs.stream().anyMatch(p -> p.status() == Agreement.Status.CONTRADICTION);
  }
}
