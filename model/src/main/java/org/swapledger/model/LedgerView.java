package org.swapledger.model;

import java.util.List;

/** The whole ledger as computed from the stored claims: events in date order and the checks over them. */
public record LedgerView(List<Event> events, List<Check> checks) {
  public LedgerView {
    events = List.copyOf(events);
    checks = List.copyOf(checks);
  }
}
