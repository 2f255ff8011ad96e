package org.swapledger.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.CountInterval;
import org.swapledger.model.Direction;
import org.swapledger.model.Figure;
import org.swapledger.model.PartialDate;
import org.swapledger.model.StoredReport;

/**
 * Groups exchange reports from many articles into events. Reports of the same day form one event; the events of
 * two neighbouring days merge when their figures, ordinal or mediators fit together (overnight handovers, time
 * zones, publication lag), never when their ordinals differ. A report dated only to a month joins the event of
 * that month whose figures it matches; an undated report with an ordinal joins the event with that ordinal. A
 * report too thin to stand alone (see {@link #isWeak}) only joins an event of its day.
 */
public final class EventClusterer {
  /**
   * Figures within this relative distance count as "near" when deciding whether two days are one exchange: the
   * two governments' counts of one swap differ by a few percent (207 vs 195), two different swaps rarely do.
   */
  static final double NEAR = 0.15;

  /** Reports grouped as one event, with the date chosen for it. */
  public record Cluster(PartialDate date, List<StoredReport> reports, List<String> flags) {
    public Cluster {
      reports = List.copyOf(reports);
      flags = List.copyOf(flags);
    }
  }

  public List<Cluster> cluster(List<StoredReport> reports) {
    TreeMap<LocalDate, List<StoredReport>> byDay = new TreeMap<>();
    Map<YearMonth, List<StoredReport>> byMonth = new TreeMap<>();
    List<StoredReport> undated = new ArrayList<>();
    List<StoredReport> weak = new ArrayList<>();
    for (StoredReport r : reports) {
      PartialDate d = r.report().date();
      if (d != null && !d.monthOnly() && isWeak(r)) {
        weak.add(r);
      } else if (d == null) {
        undated.add(r);
      } else if (d.monthOnly()) {
        byMonth.computeIfAbsent(d.yearMonth(), k -> new ArrayList<>()).add(r);
      } else {
        byDay.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Group> days = new ArrayList<>();
    byDay.forEach((day, rs) -> days.add(new Group(day, rs)));
    List<Group> merged = mergeNeighbours(days);
    attachWeak(merged, weak);
    attachMonthOnly(merged, byMonth);
    attachUndated(merged, undated);
    List<Cluster> out = new ArrayList<>();
    for (Group g : merged) {
      out.add(g.toCluster());
    }
    out.sort(Comparator.comparing(Cluster::date));
    return out;
  }

  /** Merges pairs of groups one day apart, strongest pair first; each event spans at most two days. */
  private static List<Group> mergeNeighbours(List<Group> days) {
    record Pair(int left, int score) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < days.size(); i++) {
      Group a = days.get(i);
      Group b = days.get(i + 1);
      if (ChronoUnit.DAYS.between(a.first, b.first) == 1) {
        int s = score(a, b);
        if (s >= 0) {
          pairs.add(new Pair(i, s));
        }
      }
    }
    pairs.sort(Comparator.comparingInt(Pair::score).reversed().thenComparingInt(Pair::left));
    boolean[] used = new boolean[days.size()];
    for (Pair p : pairs) {
      if (!used[p.left] && !used[p.left + 1]) {
        used[p.left] = used[p.left + 1] = true;
        days.get(p.left).absorb(days.get(p.left + 1));
        days.set(p.left + 1, null);
      }
    }
    List<Group> out = new ArrayList<>();
    for (Group g : days) {
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }

  /**
   * How well two groups fit as one exchange: negative means they do not. Equal ordinals +3; per direction,
   * overlapping figures +2, near figures +1, far apart -2 (and then nothing else counts), both directions only
   * near -2; a shared mediator +1. Different ordinals never fit.
   */
  static int score(Group a, Group b) {
    Integer oa = a.ordinal();
    Integer ob = b.ordinal();
    if (oa != null && ob != null) {
      if (!oa.equals(ob)) {
        return -100;
      }
    }
    int s = oa != null && oa.equals(ob) ? 3 : 0;
    s += figureScore(a.intervals(), b.intervals());
    Set<String> ma = a.mediators();
    Set<String> mb = b.mediators();
    if (!ma.isEmpty() && !mb.isEmpty() && ma.stream().anyMatch(mb::contains)) {
      s += 1;
    }
    return s;
  }

  static int figureScore(Map<Direction, List<CountInterval>> a, Map<Direction, List<CountInterval>> b) {
    int overlap = 0;
    int nearOnly = 0;
    int far = 0;
    for (Direction d : List.of(Direction.TO_UKRAINE, Direction.TO_RUSSIA)) {
      List<CountInterval> x = a.getOrDefault(d, List.of());
      List<CountInterval> y = b.getOrDefault(d, List.of());
      if (x.isEmpty() || y.isEmpty()) {
        continue;
      }
      if (x.stream().anyMatch(i -> y.stream().anyMatch(i::overlaps))) {
        overlap++;
      } else if (x.stream().anyMatch(i -> y.stream().anyMatch(j -> near(i, j)))) {
        nearOnly++;
      } else {
        far++;
      }
    }
    if (far > 0) {
      return -2 * far;
    }
    if (overlap == 0 && nearOnly >= 2) {
      // Both legs a little different: two stages of one operation (307 for 307, then 303 for 303), not one swap.
      return -2;
    }
    return 2 * overlap + nearOnly;
  }

  static boolean near(CountInterval a, CountInterval b) {
    long gap = a.high() < b.low() ? b.low() - a.high() : a.low() - b.high();
    long scale = Math.max(Math.min(a.high(), b.high()), 1);
    return gap <= scale * NEAR;
  }

  /** Month-only reports join the event of the month their figures fit best, or form a month event. */
  private static void attachMonthOnly(List<Group> groups, Map<YearMonth, List<StoredReport>> byMonth) {
    for (Map.Entry<YearMonth, List<StoredReport>> e : byMonth.entrySet()) {
      List<Group> monthEvents = new ArrayList<>();
      for (StoredReport r : e.getValue()) {
        Group single = new Group(null, List.of(r));
        Group best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Group g : groups) {
          if (g.first != null && YearMonth.from(g.first).equals(e.getKey())) {
            int s = score(g, single);
            if (s > bestScore) {
              best = g;
              bestScore = s;
            }
          }
        }
        if (best != null && bestScore >= 0) {
          best.add(r);
          continue;
        }
        Group home = null;
        for (Group m : monthEvents) {
          if (score(m, single) >= 0) {
            home = m;
            break;
          }
        }
        if (home == null) {
          monthEvents.add(new Group(null, List.of(r)));
        } else {
          home.add(r);
        }
      }
      for (Group m : monthEvents) {
        m.month = e.getKey();
        groups.add(m);
      }
    }
  }

  /**
   * A report too thin to found an event: no ordinal, and either only figures no single handover reaches (a
   * running total misread) or an earlier exchange mentioned in passing without any figure. It still joins an
   * event of its day.
   */
  static boolean isWeak(StoredReport r) {
    if (r.report().ordinal() != null) {
      return false;
    }
    List<Figure> figures = r.report().figures();
    if (figures.isEmpty()) {
      return r.report().inPassing();
    }
    return figures.stream().allMatch(f -> f.interval().low() > FigureReconciler.plausibleMax(f.direction()));
  }

  private static void attachWeak(List<Group> groups, List<StoredReport> weak) {
    Map<LocalDate, Group> byDay = new HashMap<>();
    for (Group g : groups) {
      for (StoredReport r : g.reports) {
        PartialDate d = r.report().date();
        if (d != null && !d.monthOnly()) {
          byDay.put(d.date(), g);
        }
      }
    }
    for (StoredReport r : weak) {
      Group g = byDay.get(r.report().date().date());
      if (g != null) {
        g.add(r);
      }
    }
  }

  /** Undated reports that state an ordinal join the single event with that ordinal. */
  private static void attachUndated(List<Group> groups, List<StoredReport> undated) {
    Map<Integer, List<Group>> byOrdinal = new HashMap<>();
    for (Group g : groups) {
      Integer o = g.ordinal();
      if (o != null) {
        byOrdinal.computeIfAbsent(o, k -> new ArrayList<>()).add(g);
      }
    }
    for (StoredReport r : undated) {
      Integer o = r.report().ordinal();
      List<Group> gs = o == null ? List.of() : byOrdinal.getOrDefault(o, List.of());
      if (gs.size() == 1) {
        gs.get(0).add(r);
      }
    }
  }

  /** Reports being gathered into one event. */
  static final class Group {
    @Nullable LocalDate first;
    @Nullable YearMonth month;
    final List<StoredReport> reports = new ArrayList<>();

    Group(@Nullable LocalDate day, List<StoredReport> reports) {
      this.first = day;
      this.reports.addAll(reports);
    }

    void add(StoredReport r) {
      reports.add(r);
    }

    void absorb(Group other) {
      reports.addAll(other.reports);
    }

    /** The ordinal most reports state (ties: the smaller), or null when none does. */
    @Nullable Integer ordinal() {
      Map<Integer, Integer> votes = new TreeMap<>();
      for (StoredReport r : reports) {
        if (r.report().ordinal() != null) {
          votes.merge(r.report().ordinal(), 1, Integer::sum);
        }
      }
      return votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    Set<Integer> ordinals() {
      Set<Integer> s = new HashSet<>();
      for (StoredReport r : reports) {
        if (r.report().ordinal() != null) {
          s.add(r.report().ordinal());
        }
      }
      return s;
    }

    Set<String> mediators() {
      Set<String> s = new HashSet<>();
      reports.forEach(r -> s.addAll(r.report().mediators()));
      return s;
    }

    Map<Direction, List<CountInterval>> intervals() {
      Map<Direction, List<CountInterval>> m = new EnumMap<>(Direction.class);
      for (StoredReport r : reports) {
        for (Figure f : r.report().figures()) {
          m.computeIfAbsent(f.direction(), k -> new ArrayList<>()).add(f.interval());
        }
      }
      return m;
    }

    /**
     * The event's day: the day-dated report date with the most distinct articles behind it (ties: the one with
     * more figures, then the earlier day).
     */
    PartialDate date() {
      if (month != null) {
        return PartialDate.month(month);
      }
      Map<LocalDate, Set<Long>> articles = new LinkedHashMap<>();
      Map<LocalDate, Integer> figures = new HashMap<>();
      for (StoredReport r : reports) {
        PartialDate d = r.report().date();
        if (d != null && !d.monthOnly()) {
          articles.computeIfAbsent(d.date(), k -> new HashSet<>()).add(r.articleId());
          figures.merge(d.date(), r.report().figures().size(), Integer::sum);
        }
      }
      LocalDate best = articles.keySet().stream().max(Comparator.<LocalDate>comparingInt(d -> articles.get(d).size())
          .thenComparingInt(d -> figures.getOrDefault(d, 0)).thenComparing(Comparator.reverseOrder()))
          .orElseThrow(() -> new IllegalStateException("a day group without a day-dated report"));
      return PartialDate.day(best);
    }

    Cluster toCluster() {
      List<String> flags = new ArrayList<>();
      Set<Integer> ords = ordinals();
      if (ords.size() > 1) {
        flags.add("reports disagree on the ordinal: " + new java.util.TreeSet<>(ords));
      }
      List<StoredReport> sorted = new ArrayList<>(reports);
      sorted.sort(Comparator.comparingLong(StoredReport::id));
      return new Cluster(date(), sorted, flags);
    }
  }
}
