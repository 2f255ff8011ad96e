package org.swapledger.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Agreement;
import org.swapledger.model.Authority;
import org.swapledger.model.Claim;
import org.swapledger.model.CountInterval;
import org.swapledger.model.Direction;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Reconciliation;

/**
 * Reconciles the claims of one event for one direction: ranks them by authority, groups wire copy into one
 * source, picks the best figure and states how each pair of distinct statements relates.
 */
public final class FigureReconciler {
  /**
   * Two counts of one exchange that differ in scope (soldiers vs soldiers and civilians, the headline vs those
   * returned besides) stay within this factor; a larger gap is a misread running total, not a scope.
   */
  static final long SCOPE_RATIO = 2;
  /**
   * A claim more than this many times every other source's figure for the same leg is a misread running total:
   * the largest swaps were about 1,200 people while totals run to thousands.
   */
  static final long OUTLIER_RATIO = 5;
  /**
   * More people than any one handover has moved to one side (the largest single days were about 400 a side;
   * the 1,000 for 1,000 of May 2025 took three days): such a figure is a running total misread as an exchange.
   */
  static final long PLAUSIBLE_MAX = 1500;

  /** The largest plausible figure for one handover in a direction; a total counts both sides. */
  static long plausibleMax(Direction d) {
    return d == Direction.TOTAL ? 2 * PLAUSIBLE_MAX : PLAUSIBLE_MAX;
  }
  private final SourceAuthority authority;

  public FigureReconciler(SourceAuthority authority) {
    this.authority = authority;
  }

  /**
   * @param claims the claims of one event and direction
   * @param others every claim of the event (all directions), to recognise a difference that is itself a
   *     counted group (246 vs 277 with 31 more wounded)
   */
  public Reconciliation reconcile(Direction direction, List<Claim> claims, List<Claim> others) {
    if (claims.isEmpty()) {
      return new Reconciliation(direction, null, List.of(), List.of(), 0);
    }
    int[] group = sourceGroups(claims);
    int sources = (int) java.util.Arrays.stream(group).distinct().count();
    Map<Long, Integer> support = support(claims, group);
    List<Reconciliation.Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      ranked.add(new Reconciliation.Ranked(c, authority.authority(c.figure().source(), direction), group[i]));
    }
    Set<Long> outliers = outliers(claims, group, plausibleMax(direction));
    Comparator<Reconciliation.Ranked> order = Comparator
        .comparing((Reconciliation.Ranked r) -> outliers.contains(r.claim().id()))
        .thenComparing(r -> r.claim().figure().additional()) // a further group is never the main figure
        .thenComparing((Reconciliation.Ranked r) -> r.authority())
        .thenComparing(r -> r.claim().figure().qualifier() != Qualifier.EXACT)
        .thenComparing(r -> -support.get(r.claim().id()))
        .thenComparing(r -> -r.claim().figure().count())
        .thenComparingInt(r -> authority.preference(r.claim().figure().source(), direction))
        .thenComparingLong(r -> r.claim().id());
    ranked.sort(order);
    Set<Long> counted = countsOf(others);
    List<Agreement> pairs = pairs(ranked, counted);
    Reconciliation.Best best = outliers.contains(ranked.get(0).claim().id()) ? null
        : withAdditions(withSeparateGroups(refineHedged(preferFullerScope(ranked, pairs), ranked), ranked), ranked,
            counted);
    return new Reconciliation(direction, best, ranked, pairs, sources);
  }

  /**
   * Claims far above everything every other source says for the same leg, or larger than any one handover:
   * running totals misread as the figure of one exchange ("more than 2,500 have returned since 2022" beside
   * "94"). They rank last and are never the best figure.
   */
  static Set<Long> outliers(List<Claim> claims, int[] group, long plausibleMax) {
    Set<Long> out = new java.util.HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      long low = claims.get(i).interval().low();
      long otherGroups = -1;
      long smallest = Long.MAX_VALUE;
      for (int j = 0; j < claims.size(); j++) {
        long n = claims.get(j).figure().count();
        if (group[j] != group[i]) {
          otherGroups = Math.max(otherGroups, n);
        }
        if (j != i) {
          smallest = Math.min(smallest, n);
        }
      }
      boolean aboveEveryOtherSource = otherGroups >= 0 && low > otherGroups * OUTLIER_RATIO;
      boolean implausible = low > plausibleMax;
      if (aboveEveryOtherSource || implausible) {
        out.add(claims.get(i).id());
      }
    }
    return out;
  }

  /** A hedged best figure ("more than 200") gives way to the best-ranked exact claim inside its range (230). */
  static Claim refineHedged(Claim best, List<Reconciliation.Ranked> ranked) {
    if (best.figure().qualifier() == Qualifier.EXACT) {
      return best;
    }
    for (Reconciliation.Ranked r : ranked) {
      Claim c = r.claim();
      if (c.figure().qualifier() == Qualifier.EXACT && !c.figure().additional()
          && best.interval().overlaps(c.interval())) {
        return c;
      }
    }
    return best;
  }

  /** Claims in the same article, or with the same sentence (wire copy), are one source. */
  static int[] sourceGroups(List<Claim> claims) {
    int n = claims.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Long, Integer> byArticle = new HashMap<>();
    Map<String, Integer> bySentence = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Claim c = claims.get(i);
      Integer a = byArticle.putIfAbsent(c.articleId(), i);
      if (a != null) {
        union(parent, a, i);
      }
      Integer s = bySentence.putIfAbsent(c.evidenceKey(), i);
      if (s != null) {
        union(parent, s, i);
      }
    }
    Map<Integer, Integer> numbering = new LinkedHashMap<>();
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = numbering.computeIfAbsent(find(parent, i), k -> numbering.size() + 1);
    }
    return group;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    p[find(p, a)] = find(p, b);
  }

  /** For each claim: how many independent sources state the same interval. */
  private static Map<Long, Integer> support(List<Claim> claims, int[] group) {
    Map<CountInterval, Set<Integer>> sourcesByInterval = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      sourcesByInterval.computeIfAbsent(claims.get(i).interval(), k -> new TreeSet<>()).add(group[i]);
    }
    Map<Long, Integer> out = new HashMap<>();
    for (Claim c : claims) {
      out.put(c.id(), sourcesByInterval.get(c.interval()).size());
    }
    return out;
  }

  private static Set<Long> countsOf(List<Claim> claims) {
    Set<Long> s = new TreeSet<>();
    for (Claim c : claims) {
      if (c.figure().qualifier() == Qualifier.EXACT) {
        s.add(c.figure().count());
      }
    }
    return s;
  }

  /** A statement: one source's figure; pairs are computed between statements, each named by its first claim. */
  private record Statement(@Nullable String source, long count, Qualifier qualifier) {}

  private static List<Agreement> pairs(List<Reconciliation.Ranked> ranked, Set<Long> counted) {
    Map<Statement, Claim> statements = new LinkedHashMap<>();
    for (Reconciliation.Ranked r : ranked) {
      Claim c = r.claim();
      statements.merge(statement(c), c,
          (x, y) -> x.id() <= y.id() ? x : y);
    }
    List<Claim> reps = new ArrayList<>(statements.values());
    List<Agreement> out = new ArrayList<>();
    for (int i = 0; i < reps.size(); i++) {
      for (int j = i + 1; j < reps.size(); j++) {
        Claim a = reps.get(i);
        Claim b = reps.get(j);
        Claim lo = a.id() < b.id() ? a : b;
        Claim hi = lo == a ? b : a;
        out.add(new Agreement(lo.id(), hi.id(), status(lo, hi, counted)));
      }
    }
    out.sort(Comparator.comparingLong(Agreement::first).thenComparingLong(Agreement::second));
    return out;
  }

  /**
   * Agreed when the ranges are the same, compatible when they overlap; disjoint ranges are a scope difference
   * when one is a further group beside the main figure, when the gap is itself a counted group of the event or
   * both come from the same named source (one body does
   * not contradict itself: it counted a different group, a part, or everyone so far), and a contradiction
   * otherwise.
   */
  static Agreement.Status status(Claim a, Claim b, Set<Long> counted) {
    CountInterval x = a.interval();
    CountInterval y = b.interval();
    if (x.equals(y)) {
      return Agreement.Status.AGREED;
    }
    if (x.overlaps(y)) {
      return Agreement.Status.COMPATIBLE;
    }
    if (a.figure().additional() != b.figure().additional()) {
      return Agreement.Status.SCOPE; // a further group beside the main figure: counted on top of it
    }
    if (x.isExact() && y.isExact() && counted.contains(Math.abs(x.low() - y.low()))) {
      return Agreement.Status.SCOPE;
    }
    if (a.figure().source() != null && Objects.equals(a.figure().source(), b.figure().source())) {
      return Agreement.Status.SCOPE;
    }
    return Agreement.Status.CONTRADICTION;
  }

  /**
   * The top claim, unless a claim of the same authority, exact too, is larger by a scope difference: the ledger
   * counts everyone handed over that day (277 rather than the headline 246).
   */
  private static Claim preferFullerScope(List<Reconciliation.Ranked> ranked, List<Agreement> pairs) {
    Map<Statement, Long> reps = new HashMap<>();
    for (Reconciliation.Ranked r : ranked) {
      reps.merge(statement(r.claim()), r.claim().id(), Math::min);
    }
    Map<List<Long>, Agreement.Status> byPair = new HashMap<>();
    for (Agreement p : pairs) {
      byPair.put(List.of(p.first(), p.second()), p.status());
    }
    Reconciliation.Ranked top = ranked.get(0);
    Claim best = top.claim();
    for (Reconciliation.Ranked r : ranked) {
      Claim c = r.claim();
      if (r.authority() == top.authority() && c.figure().qualifier() == Qualifier.EXACT && !c.figure().additional()
          && best.figure().qualifier() == Qualifier.EXACT && c.figure().count() > best.figure().count()
          && c.figure().count() <= best.figure().count() * SCOPE_RATIO) {
        long a = reps.get(statement(best));
        long b = reps.get(statement(c));
        if (byPair.get(List.of(Math.min(a, b), Math.max(a, b))) == Agreement.Status.SCOPE) {
          best = c;
        }
      }
    }
    return best;
  }

  /**
   * The best claim plus the other groups its own source (a named one or the outlet's own voice) counted separately
   * in the same sentence ("10 soldiers and 19 civilian sailors"): the ledger counts everyone handed over.
   * Extraction keeps such a group only when it is not a part of a stated figure (sub-counts and breakdowns are
   * dropped there). Only the same sentence: a figure in the next sentence is as often a part of the first ("Of the
   * 60 soldiers released, ...") as an addition to it. A group more than twice the best figure is a misread total,
   * and a figure equal to the sum of the others is already the whole.
   */
  static Reconciliation.Best withSeparateGroups(Claim best, List<Reconciliation.Ranked> ranked) {
    if (best.figure().qualifier() != Qualifier.EXACT) {
      return Reconciliation.Best.of(best);
    }
    Map<Long, Claim> parts = new java.util.TreeMap<>();
    for (Reconciliation.Ranked r : ranked) {
      Claim c = r.claim();
      if (c.reportId() == best.reportId() && c.sameSentenceAs(best)
          && Objects.equals(c.figure().source(), best.figure().source())
          && c.figure().qualifier() == Qualifier.EXACT && c.figure().count() != best.figure().count()) {
        parts.putIfAbsent(c.figure().count(), c);
      }
    }
    long count = best.figure().count();
    long rest = 0;
    for (long n : parts.keySet()) {
      if (n > 2 * count) {
        return Reconciliation.Best.of(best);
      }
      rest += n;
    }
    long largest = Math.max(count, parts.keySet().stream().mapToLong(x -> x).max().orElse(0));
    long all = count + rest;
    if (parts.isEmpty() || largest * 2 == all) {
      return Reconciliation.Best.of(best);
    }
    List<Claim> claims = new ArrayList<>();
    claims.add(best);
    claims.addAll(parts.values());
    return new Reconciliation.Best(all, Qualifier.EXACT, claims);
  }

  /**
   * The best figure plus the further groups stated on top of it ("246 for 246" and, a sentence later, "Moscow also
   * sent 31 wounded"): those of the best claim's own report, else, when the best is a single claim, of a report
   * whose main figure agrees with it. Each distinct count once (several outlets repeat the same group); only on an
   * exact figure. Not a group of the same size as a figure already counted ("another 75 came home": this
   * exchange's 75, after earlier ones), nor one whose complement the event states (76 "including", then "60
   * soldiers; also 16 civilians": the 16 are inside the 76).
   */
  static Reconciliation.Best withAdditions(Reconciliation.Best best, List<Reconciliation.Ranked> ranked,
      Set<Long> counted) {
    Claim head = best.claims().get(0);
    if (!best.isExact() || head.figure().additional()) {
      return best;
    }
    Long report = null;
    for (Reconciliation.Ranked r : ranked) {
      Claim c = r.claim();
      if (c.figure().additional() && c.figure().qualifier() == Qualifier.EXACT
          && (c.reportId() == head.reportId()
          || report == null && best.claims().size() == 1 && agreesInReport(c.reportId(), head, ranked))) {
        report = c.reportId();
        if (report == head.reportId()) {
          break;
        }
      }
    }
    if (report == null) {
      return best;
    }
    Map<Long, Claim> groups = new java.util.TreeMap<>();
    for (Reconciliation.Ranked r : ranked) {
      Claim c = r.claim();
      long n = c.figure().count();
      if (c.reportId() == report && c.figure().additional() && c.figure().qualifier() == Qualifier.EXACT
          && !best.restsOn(c.id()) && best.claims().stream().noneMatch(b -> b.figure().count() == n)
          && !(n < best.count() && counted.contains(best.count() - n))) {
        groups.putIfAbsent(c.figure().count(), c);
      }
    }
    if (groups.isEmpty()) {
      return best;
    }
    List<Claim> claims = new ArrayList<>(best.claims());
    claims.addAll(groups.values());
    long count = best.count() + groups.keySet().stream().mapToLong(Long::longValue).sum();
    return new Reconciliation.Best(count, Qualifier.EXACT, claims);
  }

  /** True when {@code report} has a main (not additional) claim with the same count as {@code head}. */
  private static boolean agreesInReport(long report, Claim head, List<Reconciliation.Ranked> ranked) {
    return ranked.stream().map(Reconciliation.Ranked::claim).anyMatch(c -> c.reportId() == report
        && !c.figure().additional() && c.figure().count() == head.figure().count()
        && c.figure().qualifier() == Qualifier.EXACT);
  }

  private static Statement statement(Claim c) {
    return new Statement(c.figure().source(), c.figure().count(), c.figure().qualifier());
  }
}
