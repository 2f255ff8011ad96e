package org.swapledger.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One consistency check over the ledger, with what it rests on.
 *
 * @param kind what was checked: ordinal_sequence, ordinal_dates, running_total, contradiction
 * @param message one line a person can act on
 * @param basis the claims, running totals, reports and events the check rests on
 */
public record Check(String kind, Outcome outcome, String message, List<Basis> basis) {
  public Check {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    basis = List.copyOf(basis);
  }

  /** Pass: the numbers fit; flag: something is missing or does not add up. */
  public enum Outcome {
    PASS,
    FLAG;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A row a check rests on. */
  public record Basis(Kind kind, long id) {
    /** Which table the id points into. */
    public enum Kind {
      CLAIM,
      CUMULATIVE,
      REPORT,
      EVENT;

      public String code() {
        return name().toLowerCase(Locale.ROOT);
      }
    }
  }
}
