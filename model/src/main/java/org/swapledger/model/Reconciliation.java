package org.swapledger.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every claim of one event for one direction, ranked, with the best figure and how each pair relates.
 *
 * @param best the figure the ledger reports, or null when there is none
 * @param claims the claims, best first
 * @param sources independent sources: wire copy (the same sentence in several outlets) counts once
 */
public record Reconciliation(Direction direction, @Nullable Best best, List<Ranked> claims,
    List<Agreement> pairs, int sources) {
  public Reconciliation {
    Objects.requireNonNull(direction, "direction");
    claims = List.copyOf(claims);
    pairs = List.copyOf(pairs);
  }

  /**
   * The figure the ledger reports for a direction and the claims it rests on: one claim, or the groups one source
   * counted separately in one article ("175 in the exchange and 22 wounded besides" → 197).
   */
  public record Best(long count, Qualifier qualifier, List<Claim> claims) {
    public Best {
      Objects.requireNonNull(qualifier, "qualifier");
      claims = List.copyOf(claims);
      if (claims.isEmpty()) {
        throw new IllegalArgumentException("a best figure rests on at least one claim");
      }
    }

    public static Best of(Claim c) {
      return new Best(c.figure().count(), c.figure().qualifier(), List.of(c));
    }

    public boolean isExact() {
      return qualifier == Qualifier.EXACT;
    }

    public boolean restsOn(long claimId) {
      return claims.stream().anyMatch(c -> c.id() == claimId);
    }
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
