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
import org.swapledger.model.Check;
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
  public static final String VERSION = "ledger@3";
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

  /** The whole ledger at once, for reports that fit in memory. */
  public LedgerView build(List<StoredReport> reports, List<CumulativeClaim> totals) {
    Session s = session();
    List<Event> events = s.add(reports);
    return new LedgerView(events, s.finish(totals));
  }

  /**
   * A ledger built window by window, so that memory holds one window of reports at a time: feed the reports in
   * date windows that no event crosses (whole months, extended while an event may span the month's end), in
   * date order, then {@link Session#finish} with the running totals.
   */
  public Session session() {
    return new Session();
  }

  /** An incremental build: event ids and stage links continue across windows. */
  public final class Session {
    private final List<Event> light = new ArrayList<>();
    private final Map<Long, List<Long>> ordinalReports = new HashMap<>();
    private final List<Check> contradictions = new ArrayList<>();
    private @Nullable Event stageStart;
    private @Nullable Event previous;

    private Session() {}

    /** The events of one window, complete with every claim; the session keeps only their best figures. */
    public List<Event> add(List<StoredReport> reports) {
      List<Event> events = new ArrayList<>();
      for (EventClusterer.Cluster c : clusterer.cluster(reports)) {
        long id = light.size() + 1;
        Long stageOf = null;
        if (previous != null && !c.date().monthOnly()
            && ChronoUnit.DAYS.between(previous.date().date(), c.date().date()) <= STAGE_DAYS) {
          stageOf = stageStart.id();
        } else if (!c.date().monthOnly()) {
          stageStart = null;
        }
        Event e = event(id, c, stageOf);
        events.add(e);
        light.add(light(e));
        if (e.ordinal() != null) {
          ordinalReports.put(id, LedgerChecker.ordinalReports(e, c.reports()));
        }
        if (!c.date().monthOnly()) {
          if (stageStart == null) {
            stageStart = e;
          }
          previous = e;
        }
      }
      contradictions.addAll(checker.contradictions(events));
      return events;
    }

    /** The checks over every event added, in order: ordinals, running totals, contradictions. */
    public List<Check> finish(List<CumulativeClaim> totals) {
      List<Check> out = new ArrayList<>(checker.acrossEvents(light, ordinalReports, totals));
      out.addAll(contradictions);
      return out;
    }

    private static Event light(Event e) {
      Map<Direction, Reconciliation> sides = new EnumMap<>(Direction.class);
      e.sides().forEach((d, r) -> sides.put(d, new Reconciliation(d, r.best(), List.of(), List.of(), r.sources())));
      return new Event(e.id(), e.date(), e.ordinal(), e.mediators(), e.location(), e.stageOf(), List.of(), sides,
          List.of());
    }
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
