package org.swapledger.server;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Cuts an article's text at every evidence boundary so that a page can highlight each span: each piece of text
 * knows the spans covering it and the anchors that start at it. Text stays text; the template escapes it.
 */
final class ArticleText {
  private ArticleText() {}

  /** A span to highlight: its anchor id, where it points, and what a reader is told it is. */
  record Highlight(String anchor, int start, int end, @Nullable String href, String label) {}

  /**
   * A run of text; {@code marks} cover it (empty: plain text), {@code anchors} start here (the first becomes the
   * id of the highlighted element, the others empty targets just before it).
   */
  record Piece(String text, List<Highlight> marks, List<String> anchors) {
    boolean marked() {
      return !marks.isEmpty();
    }

    @Nullable String firstAnchor() {
      return anchors.isEmpty() ? null : anchors.getFirst();
    }

    List<String> otherAnchors() {
      return anchors.size() <= 1 ? List.of() : anchors.subList(1, anchors.size());
    }

    @Nullable String href() {
      return marks.getFirst().href();
    }

    String label() {
      return String.join("; ", marks.stream().map(Highlight::label).toList());
    }
  }

  static List<Piece> cut(String text, List<Highlight> highlights) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<Highlight> valid = new ArrayList<>();
    for (Highlight h : highlights) {
      if (h.start() >= 0 && h.end() <= text.length() && h.start() < h.end()) {
        valid.add(h);
        cuts.add(h.start());
        cuts.add(h.end());
      }
    }
    List<Piece> out = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      int a = from;
      int b = to;
      List<Highlight> marks = valid.stream().filter(h -> h.start() <= a && h.end() >= b).toList();
      List<String> anchors = valid.stream().filter(h -> h.start() == a).map(Highlight::anchor).toList();
      out.add(new Piece(text.substring(a, b), marks, anchors));
      from = to;
    }
    return out;
  }
}
