package org.swapledger.ledger;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Claim;
import org.swapledger.model.CumulativeClaim;
import org.swapledger.model.Direction;
import org.swapledger.model.Event;
import org.swapledger.model.LedgerView;
import org.swapledger.model.Reconciliation;
import org.swapledger.model.StoredReport;

/** Builds the whole ledger from stored reports and running totals: events, reconciliation, checks. */
public final class LedgerBuilder {
  /** Stored with every event and check; bump when the ledger's output for the same claims changes. */
  public static final String VERSION = "ledger@1";
  /**
   * Events this many days apart or closer that were not merged are stages of one operation (the 1,000 for 1,000
   * of 23–25 May 2025 was handed over on three consecutive days).
   */
  static final int STAGE_DAYS = 2;

  private final EventClusterer clusterer = new EventClusterer();
  private final FigureReconciler reconciler;
  private final LedgerChecker checker;

  public LedgerBuilder(SourceAuthority authority) {
    this.reconciler = new FigureReconciler(authority);
    this.checker = new LedgerChecker(authority);
  }

  public LedgerView build(List<StoredReport> reports, List<CumulativeClaim> totals) {
    List<EventClusterer.Cluster> clusters = clusterer.cluster(reports);
    List<Event> events = new ArrayList<>();
    @Nullable Event stageStart = null;
    @Nullable Event previous = null;
    for (EventClusterer.Cluster c : clusters) {
      long id = events.size() + 1;
      Long stageOf = null;
      if (previous != null && !c.date().monthOnly() && !previous.date().monthOnly()
          && ChronoUnit.DAYS.between(previous.date().date(), c.date().date()) <= STAGE_DAYS) {
        stageOf = stageStart.id();
      } else {
        stageStart = null;
      }
      Event e = event(id, c, stageOf);
      events.add(e);
      if (!c.date().monthOnly()) {
        if (stageStart == null) {
          stageStart = e;
        }
        previous = e;
      }
    }
    Map<Long, StoredReport> byId = new HashMap<>();
    reports.forEach(r -> byId.put(r.id(), r));
    return new LedgerView(events, checker.check(events, byId, totals));
  }

  private Event event(long id, EventClusterer.Cluster c, @Nullable Long stageOf) {
    Map<Direction, List<Claim>> byDirection = new EnumMap<>(Direction.class);
    List<Claim> all = new ArrayList<>();
    Set<String> mediators = new LinkedHashSet<>();
    Map<String, Integer> locations = new HashMap<>();
    Map<Integer, Integer> ordinals = new HashMap<>();
    List<Long> reportIds = new ArrayList<>();
    for (StoredReport r : c.reports()) {
      reportIds.add(r.id());
      mediators.addAll(r.report().mediators());
      if (r.report().location() != null) {
        locations.merge(r.report().location(), 1, Integer::sum);
      }
      if (r.report().ordinal() != null) {
        ordinals.merge(r.report().ordinal(), 1, Integer::sum);
      }
      for (Claim cl : r.claims()) {
        byDirection.computeIfAbsent(cl.direction(), k -> new ArrayList<>()).add(cl);
        all.add(cl);
      }
    }
    Map<Direction, Reconciliation> sides = new EnumMap<>(Direction.class);
    byDirection.forEach((d, claims) -> sides.put(d, reconciler.reconcile(d, claims, all)));
    List<String> flags = new ArrayList<>(c.flags());
    for (Reconciliation r : sides.values()) {
      if (r.hasContradiction()) {
        flags.add("contradiction in " + r.direction().field());
      }
    }
    return new Event(id, c.date(), mostCommon(ordinals), List.copyOf(new java.util.TreeSet<>(mediators)),
        mostCommon(locations), stageOf, reportIds, sides, flags);
  }

  private static <T extends Comparable<T>> @Nullable T mostCommon(Map<T, Integer> votes) {
    T best = null;
    int n = 0;
    for (Map.Entry<T, Integer> e : new java.util.TreeMap<>(votes).entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }
}
