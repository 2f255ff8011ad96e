package org.swapledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.swapledger.model.Agreement;
import org.swapledger.model.Check;
import org.swapledger.model.Check.Basis;
import org.swapledger.model.Claim;
import org.swapledger.model.CountInterval;
import org.swapledger.model.CumulativeClaim;
import org.swapledger.model.Direction;
import org.swapledger.model.Event;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Reconciliation;
import org.swapledger.model.Side;
import org.swapledger.model.StoredReport;

/**
 * Checks the ledger as a whole: ordinals in sequence and in date order, running totals against the sum of
 * per-exchange figures, and events whose sources contradict each other. Each check names what it rests on.
 */
public final class LedgerChecker {
  private final SourceAuthority authority;

  public LedgerChecker(SourceAuthority authority) {
    this.authority = authority;
  }

  /**
   * The checks across events: ordinals in sequence and in date order, running totals.
   *
   * @param events every event in date order (their claims and pairs are not needed, only best figures)
   * @param ordinalReports for each event id, the reports that state the event's ordinal
   */
  public List<Check> acrossEvents(List<Event> events, Map<Long, List<Long>> ordinalReports,
      List<CumulativeClaim> totals) {
    List<Check> out = new ArrayList<>();
    ordinals(events, ordinalReports, out);
    runningTotals(events, totals, out);
    return out;
  }

  /** The reports of an event that state its ordinal: what an ordinal check rests on. */
  static List<Long> ordinalReports(Event e, List<StoredReport> reports) {
    List<Long> out = new ArrayList<>();
    for (StoredReport r : reports) {
      if (e.ordinal() != null && e.ordinal().equals(r.report().ordinal())) {
        out.add(r.id());
      }
    }
    return out;
  }

  private static void ordinals(List<Event> events, Map<Long, List<Long>> reports, List<Check> out) {
    List<Event> numbered = events.stream().filter(e -> e.ordinal() != null && !e.date().monthOnly()).toList();
    for (int i = 0; i + 1 < numbered.size(); i++) {
      Event a = numbered.get(i);
      Event b = numbered.get(i + 1);
      int oa = a.ordinal();
      int ob = b.ordinal();
      List<Basis> basis = new ArrayList<>();
      basis.addAll(ordinalBasis(a, reports));
      basis.addAll(ordinalBasis(b, reports));
      String pair = nth(oa) + " on " + a.date() + " → " + nth(ob) + " on " + b.date();
      if (ob == oa + 1) {
        out.add(new Check("ordinal_sequence", Check.Outcome.PASS, pair + ": in sequence", basis));
      } else if (ob > oa + 1) {
        String missing = ob == oa + 2 ? nth(oa + 1) : nth(oa + 1) + " to " + nth(ob - 1);
        out.add(new Check("ordinal_sequence", Check.Outcome.FLAG, pair + ": gap, probably missing the " + missing,
            basis));
      } else {
        out.add(new Check("ordinal_dates", Check.Outcome.FLAG, pair + ": ordinals do not increase with the date",
            basis));
      }
    }
  }

  private static List<Basis> ordinalBasis(Event e, Map<Long, List<Long>> reports) {
    List<Basis> b = new ArrayList<>();
    b.add(new Basis(Basis.Kind.EVENT, e.id()));
    for (long id : reports.getOrDefault(e.id(), List.of())) {
      b.add(new Basis(Basis.Kind.REPORT, id));
    }
    return b;
  }

  /** An English ordinal as the checks print it: 1st, 2nd, 3rd, 11th, 49th. */
  public static String nth(int n) {
    int m100 = n % 100;
    String suffix = m100 >= 11 && m100 <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /**
   * For each side: the best running total after each event, then for consecutive totals whose earlier one is
   * exact, the earlier total plus the figures of the exchanges in between must fall in the later total's range.
   */
  private void runningTotals(List<Event> events, List<CumulativeClaim> totals, List<Check> out) {
    List<Event> dated = events.stream().filter(e -> !e.date().monthOnly()).toList();
    if (dated.isEmpty()) {
      return;
    }
    TreeMap<LocalDate, Integer> index = new TreeMap<>();
    for (int i = 0; i < dated.size(); i++) {
      index.put(dated.get(i).date().date(), i);
    }
    for (Side side : Side.values()) {
      Map<Integer, List<CumulativeClaim>> byEvent = new TreeMap<>();
      for (CumulativeClaim c : totals) {
        LocalDate asOf = c.asOf();
        if (c.report().side() != side || asOf == null) {
          continue;
        }
        Map.Entry<LocalDate, Integer> e = index.floorEntry(asOf);
        if (e != null) {
          byEvent.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(c);
        }
      }
      Direction dir = Direction.toSide(side);
      Integer prev = null;
      CumulativeClaim prevTotal = null;
      for (Map.Entry<Integer, List<CumulativeClaim>> e : byEvent.entrySet()) {
        CumulativeClaim total = best(e.getValue(), dir);
        if (prev != null && prevTotal.report().qualifier() == Qualifier.EXACT) {
          out.add(compare(dated, prev, prevTotal, e.getKey(), total, dir));
        }
        prev = e.getKey();
        prevTotal = total;
      }
    }
  }

  private CumulativeClaim best(List<CumulativeClaim> totals, Direction dir) {
    Map<Long, Long> support = new HashMap<>();
    totals.forEach(t -> support.merge(t.report().count(), 1L, Long::sum));
    return totals.stream().min(Comparator
        .comparing((CumulativeClaim t) -> t.report().qualifier() != Qualifier.EXACT)
        .thenComparing(t -> authority.authority(t.report().source(), dir))
        .thenComparing(t -> -support.get(t.report().count()))
        .thenComparing(t -> -t.report().count())
        .thenComparingLong(CumulativeClaim::id)).orElseThrow();
  }

  private static Check compare(List<Event> dated, int from, CumulativeClaim before, int to, CumulativeClaim after,
      Direction dir) {
    List<Basis> basis = new ArrayList<>();
    basis.add(new Basis(Basis.Kind.CUMULATIVE, before.id()));
    long sum = before.report().count();
    StringBuilder sb = new StringBuilder().append(String.format("%,d", before.report().count()));
    List<String> unknown = new ArrayList<>();
    for (int i = from + 1; i <= to; i++) {
      Event e = dated.get(i);
      basis.add(new Basis(Basis.Kind.EVENT, e.id()));
      Optional<Reconciliation.Best> fig = e.findBest(dir);
      if (fig.isEmpty() || !fig.get().isExact()) {
        unknown.add(e.date().toString());
        continue;
      }
      fig.get().claims().forEach(c -> basis.add(new Basis(Basis.Kind.CLAIM, c.id())));
      sum += fig.get().count();
      sb.append(" + ").append(fig.get().count());
    }
    basis.add(new Basis(Basis.Kind.CUMULATIVE, after.id()));
    String side = dir == Direction.TO_UKRAINE ? "returned to Ukraine" : "returned to Russia";
    String stated = (after.report().qualifier() == Qualifier.EXACT ? "" : after.report().qualifier().code()
        .replace('_', ' ') + " ") + String.format("%,d", after.report().count());
    String head = "running total " + side + " after " + dated.get(from).date() + " → " + dated.get(to).date() + ": ";
    if (!unknown.isEmpty()) {
      return new Check("running_total", Check.Outcome.FLAG, head + "cannot add up, no exact figure for "
          + String.join(", ", unknown) + " (stated " + stated + ")", basis);
    }
    CountInterval range = after.report().qualifier().interval(after.report().count());
    boolean fits = range.low() <= sum && sum <= range.high();
    String text = head + sb + " = " + String.format("%,d", sum) + (fits ? " agrees with " : " does not match ")
        + stated;
    return new Check("running_total", fits ? Check.Outcome.PASS : Check.Outcome.FLAG, text, basis);
  }

  /** One check per contradicting pair of claims in each event. */
  public List<Check> contradictions(List<Event> events) {
    List<Check> out = new ArrayList<>();
    contradictions(events, out);
    return out;
  }

  /**
   * One check per event and direction whose named sources contradict each other (the governments, their
   * officials, mediators); the outlets' own figures disagree too often through misreading to flag each pair, and
   * every pair keeps its status in the reconciliation anyway.
   */
  private static void contradictions(List<Event> events, List<Check> out) {
    for (Event e : events) {
      for (Direction d : Direction.values()) {
        Reconciliation r = e.sides().get(d);
        if (r == null) {
          continue;
        }
        Map<Long, Claim> byId = new HashMap<>();
        r.claims().forEach(c -> byId.put(c.claim().id(), c.claim()));
        List<String> pairs = new ArrayList<>();
        java.util.Set<Basis> basis = new java.util.LinkedHashSet<>();
        basis.add(new Basis(Basis.Kind.EVENT, e.id()));
        for (Agreement p : r.pairs()) {
          Claim a = byId.get(p.first());
          Claim b = byId.get(p.second());
          if (p.status() != Agreement.Status.CONTRADICTION || a.figure().source() == null
              || b.figure().source() == null) {
            continue;
          }
          pairs.add(describe(a) + " vs " + describe(b));
          basis.add(new Basis(Basis.Kind.CLAIM, a.id()));
          basis.add(new Basis(Basis.Kind.CLAIM, b.id()));
        }
        if (!pairs.isEmpty()) {
          String shown = String.join("; ", pairs.subList(0, Math.min(3, pairs.size())))
              + (pairs.size() > 3 ? "; and " + (pairs.size() - 3) + " more" : "");
          out.add(new Check("contradiction", Check.Outcome.FLAG, e.date() + " " + d.field() + ": " + shown,
              List.copyOf(basis)));
        }
      }
    }
  }

  static String describe(Claim c) {
    String q = c.figure().qualifier() == Qualifier.EXACT ? "" : c.figure().qualifier().code().replace('_', ' ') + " ";
    String who = c.figure().source() != null ? c.figure().source() : c.outlet() != null ? c.outlet() : "media";
    return q + c.figure().count() + " (" + who + ")";
  }
}
