package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions tried only where they can start (at a run of digits, at a word the {@link PhraseIndex}
 * found) instead of scanned over the whole text: the engine's scan tries every position, most of them in vain.
 */
public final class Anchored {
  private Anchored() {}

  /** The start of every run of ASCII digits: where the numeric patterns can start. */
  public static int[] digitRuns(String text) {
    int[] out = new int[16];
    int k = 0;
    boolean inRun = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !inRun) {
        if (k == out.length) {
          out = Arrays.copyOf(out, k * 2);
        }
        out[k++] = i;
      }
      inRun = digit;
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * The matches {@code find()} would give, trying {@code p} only at {@code candidates} (ascending, repeats
   * allowed), which must hold every position where {@code p} can match.
   */
  public static List<MatchResult> at(Pattern p, String text, int[] candidates) {
    return at(p, text, candidates, 0, text.length());
  }

  /** As {@link #at(Pattern, String, int[])}, for the candidates in [from, to), with matches ending by {@code to}. */
  public static List<MatchResult> at(Pattern p, String text, int[] candidates, int from, int to) {
    int k = Arrays.binarySearch(candidates, from);
    if (k < 0) {
      k = -k - 1;
    }
    while (k > 0 && candidates[k - 1] >= from) {
      k--; // a repeated start: the first of them
    }
    List<MatchResult> out = new ArrayList<>(1);
    if (k >= candidates.length || candidates[k] >= to) {
      return out;
    }
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = from;
    for (; k < candidates.length && candidates[k] < to; k++) {
      int c = candidates[k];
      if (c < next) {
        continue;
      }
      m.region(c, to);
      if (m.lookingAt()) {
        out.add(m.toMatchResult());
        next = m.end();
      }
    }
    return out;
  }
}
