package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Span;

/** Where each lexicon's phrases occur in one article; answers the stages' range questions by binary search. */
public final class TextHits {
  private final String text;
  private final int[][] starts;
  private final int[][] ends;
  private int @Nullable [] digitRuns;

  private TextHits(String text, int[][] starts, int[][] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The lowercased text the hits point into. */
  public String text() {
    return text;
  }

  /** Every hit of phrase group {@code id}, in order of start (overlapping hits included). */
  public List<Span> spans(int id) {
    List<Span> out = new ArrayList<>(starts[id].length);
    for (int k = 0; k < starts[id].length; k++) {
      out.add(new Span(starts[id][k], ends[id][k]));
    }
    return out;
  }

  /** Where each run of ASCII digits starts in the text, computed once for the stages that try number patterns. */
  public int[] digitRuns() {
    int[] d = digitRuns;
    if (d == null) {
      d = Anchored.digitRuns(text);
      digitRuns = d;
    }
    return d;
  }

  /** The start of every hit of {@code lex}, ascending, a start repeated for each phrase found there; do not change. */
  public int[] starts(Lexicon lex) {
    return starts[lex.id()];
  }

  /** True when a phrase of {@code lex} lies wholly inside [from, to). */
  public boolean in(Lexicon lex, int from, int to) {
    int[] s = starts[lex.id()];
    int[] e = ends[lex.id()];
    for (int k = first(s, from); k < s.length && s[k] < to; k++) {
      if (e[k] <= to) {
        return true;
      }
    }
    return false;
  }

  /** The phrases of {@code lex} that lie wholly inside [from, to), in order of start. */
  public List<Span> within(Lexicon lex, int from, int to) {
    int[] s = starts[lex.id()];
    int[] e = ends[lex.id()];
    List<Span> out = new ArrayList<>();
    int lastEnd = -1;
    for (int k = first(s, from); k < s.length && s[k] < to; k++) {
      if (e[k] <= to && s[k] >= lastEnd) { // the longest at each start, no overlaps, as a regex scan gives
        int best = e[k];
        while (k + 1 < s.length && s[k + 1] == s[k]) {
          k++;
          if (e[k] <= to) {
            best = Math.max(best, e[k]);
          }
        }
        out.add(new Span(s[k], best));
        lastEnd = best;
      }
    }
    return out;
  }

  /** Start of the longest phrase of {@code lex} that ends at {@code end} (white space allowed before it), or -1. */
  public int lastEndingAt(Lexicon lex, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int[] s = starts[lex.id()];
    int[] en = ends[lex.id()];
    int found = -1;
    for (int k = first(s, Math.max(0, e - 80)); k < s.length && s[k] < e; k++) {
      if (en[k] == e && (found < 0 || s[k] < found)) {
        found = s[k];
      }
    }
    return found;
  }

  /** End of the longest phrase of {@code lex} that starts at {@code start} (after white space), or -1. */
  public int startsAt(Lexicon lex, int start) {
    int st = start;
    while (st < text.length() && Character.isWhitespace(text.charAt(st))) {
      st++;
    }
    int[] s = starts[lex.id()];
    int[] e = ends[lex.id()];
    int best = -1;
    for (int k = first(s, st); k < s.length && s[k] == st; k++) {
      best = Math.max(best, e[k]);
    }
    return best;
  }

  private static int first(int[] s, int from) {
    int lo = 0;
    int hi = s.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static final int[] NONE = new int[0];

  static final class Builder {
    private final int[][] s;
    private final int[][] e;
    private final int[] n;
    private final boolean[] sorted;

    Builder(int size) {
      s = new int[size][]; // allocated at a group's first hit: most groups have none in an article
      e = new int[size][];
      n = new int[size];
      sorted = new boolean[size];
      Arrays.fill(sorted, true);
    }

    void add(int lex, int start, int end) {
      int k = n[lex];
      if (k == 0 && s[lex] == null) {
        s[lex] = new int[8];
        e[lex] = new int[8];
      } else if (k == s[lex].length) {
        s[lex] = Arrays.copyOf(s[lex], k * 2);
        e[lex] = Arrays.copyOf(e[lex], k * 2);
      }
      if (k > 0 && s[lex][k - 1] > start) {
        sorted[lex] = false;
      }
      s[lex][k] = start;
      e[lex][k] = end;
      n[lex] = k + 1;
    }

    TextHits build(String text) {
      int[][] ss = new int[s.length][];
      int[][] ee = new int[s.length][];
      for (int lex = 0; lex < s.length; lex++) {
        int k = n[lex];
        if (k == 0) {
          ss[lex] = NONE;
          ee[lex] = NONE;
        } else if (sorted[lex]) {
          ss[lex] = Arrays.copyOf(s[lex], k);
          ee[lex] = Arrays.copyOf(e[lex], k);
        } else {
          long[] packed = new long[k];
          for (int i = 0; i < k; i++) {
            packed[i] = ((long) s[lex][i] << 32) | (e[lex][i] & 0xffffffffL);
          }
          Arrays.sort(packed);
          ss[lex] = new int[k];
          ee[lex] = new int[k];
          for (int i = 0; i < k; i++) {
            ss[lex][i] = (int) (packed[i] >>> 32);
            ee[lex][i] = (int) packed[i];
          }
        }
      }
      return new TextHits(text, ss, ee);
    }
  }
}
