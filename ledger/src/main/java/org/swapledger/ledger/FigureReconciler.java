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
    Comparator<Reconciliation.Ranked> order = Comparator
        .comparing((Reconciliation.Ranked r) -> r.authority())
        .thenComparing(r -> r.claim().figure().qualifier() != Qualifier.EXACT)
        .thenComparing(r -> -support.get(r.claim().id()))
        .thenComparingInt(r -> authority.preference(r.claim().figure().source(), direction))
        .thenComparing(r -> -r.claim().figure().count())
        .thenComparingLong(r -> r.claim().id());
    ranked.sort(order);
    Set<Long> counted = countsOf(others);
    List<Agreement> pairs = pairs(ranked, counted);
    Claim best = preferFullerScope(ranked, pairs);
    return new Reconciliation(direction, best, ranked, pairs, sources);
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
   * when the gap is itself a counted group of the event or both come from the same source (one body does not
   * contradict itself: it counted a different group), and a contradiction otherwise.
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
      if (r.authority() == top.authority() && c.figure().qualifier() == Qualifier.EXACT
          && best.figure().qualifier() == Qualifier.EXACT && c.figure().count() > best.figure().count()) {
        long a = reps.get(statement(best));
        long b = reps.get(statement(c));
        if (byPair.get(List.of(Math.min(a, b), Math.max(a, b))) == Agreement.Status.SCOPE) {
          best = c;
        }
      }
    }
    return best;
  }

  private static Statement statement(Claim c) {
    return new Statement(c.figure().source(), c.figure().count(), c.figure().qualifier());
  }
}
