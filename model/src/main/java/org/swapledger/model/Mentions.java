package org.swapledger.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups mentions by the sentence that holds them, in one sweep: no stage scans every mention per sentence. */
public final class Mentions {
  private Mentions() {}

  /**
   * For each sentence (by index), the mentions that lie wholly inside it, in order of position. Mentions that
   * straddle two sentences belong to none.
   */
  public static <T extends Mention> List<List<T>> bySentence(List<Sentence> sentences, List<T> mentions) {
    List<T> sorted = new ArrayList<>(mentions);
    sorted.sort(Comparator.comparing(Mention::span));
    List<List<T>> out = new ArrayList<>(sentences.size());
    int j = 0;
    for (Sentence s : sentences) {
      List<T> in = new ArrayList<>();
      while (j < sorted.size() && sorted.get(j).span().start() < s.span().start()) {
        j++;
      }
      int k = j;
      while (k < sorted.size() && sorted.get(k).span().start() < s.span().end()) {
        if (s.span().contains(sorted.get(k).span())) {
          in.add(sorted.get(k));
        }
        k++;
      }
      out.add(in);
    }
    return out;
  }

  /** Index of the sentence containing {@code offset}, or -1; sentences must be in text order. */
  public static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid).span();
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
