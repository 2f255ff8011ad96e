package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds every phrase of every lexicon of a pack in one pass over an article: the phrases are expanded into
 * literals and put in a character trie walked from each word start; the few phrases that are real regular
 * expressions are scanned once each. The result, {@link TextHits}, answers the stages' questions ("is there a
 * speech verb between these offsets?") by binary search, instead of a regular-expression scan per question.
 */
public final class PhraseIndex {
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    final List<Terminal> terminals = new ArrayList<>(1);
  }

  private record Terminal(int lexicon, boolean openEnd, String[] notPreceded, String[] notFollowed) {}

  private final Node root = new Node();
  private final int size;
  private final List<@Nullable Pattern> fallback = new ArrayList<>();

  /** @param lexicons the lexicons to index; each must have its {@link Lexicon#id()} equal to its position */
  static PhraseIndex ofLexicons(List<Lexicon> lexicons) {
    return new PhraseIndex(lexicons.stream().map(Lexicon::phrases).toList());
  }

  /**
   * An index over groups of phrases (regular-expression fragments in lower case); group {@code k}'s hits are
   * {@link TextHits#spans(int)} of {@code k}.
   */
  public PhraseIndex(List<List<String>> groups) {
    this.size = groups.size();
    for (int id = 0; id < groups.size(); id++) {
      List<String> rest = new ArrayList<>();
      for (String phrase : groups.get(id)) {
        List<Expansion.Variant> variants = Expansion.of(phrase);
        if (variants == null) {
          rest.add(phrase);
          continue;
        }
        for (Expansion.Variant v : variants) {
          add(id, v);
        }
      }
      fallback.add(rest.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", rest) + ")(?![\\p{L}\\p{N}])"));
    }
  }

  private void add(int lexicon, Expansion.Variant v) {
    Node n = root;
    for (char c : v.literal().toCharArray()) {
      n = n.next.computeIfAbsent(c, k -> new Node());
    }
    n.terminals.add(new Terminal(lexicon, v.openEnd(), v.notPreceded().toArray(String[]::new),
        v.notFollowed().toArray(String[]::new)));
  }

  /** Every phrase of every lexicon in {@code lower} (text lowercased one char for one). */
  public TextHits scan(String lower) {
    TextHits.Builder hits = new TextHits.Builder(size);
    int n = lower.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
        continue;
      }
      walk(lower, i, i, root, hits);
    }
    for (int k = 0; k < fallback.size(); k++) {
      Pattern p = fallback.get(k);
      if (p == null) {
        continue;
      }
      // the word-start check is done here: a look-behind at the head of a pattern makes the engine try it at
      // every position, ten times slower than this loop
      Matcher m = p.matcher(lower);
      int from = 0;
      while (from <= n && m.find(from)) {
        int st = m.start();
        if (st == 0 || !Character.isLetterOrDigit(lower.charAt(st - 1))) {
          hits.add(k, st, m.end());
        }
        from = st + 1; // overlapping matches, as the trie finds them
      }
    }
    return hits.build(lower);
  }

  /** Follows the trie from {@code node} at {@code j}; a word-rest edge skips the letters left in the word. */
  private void walk(String lower, int start, int j, Node node, TextHits.Builder hits) {
    int n = lower.length();
    while (true) {
      Node rest = node.next.get(Expansion.WORD_REST);
      if (rest != null) {
        int k = j;
        while (k < n && Character.isLetterOrDigit(lower.charAt(k))) {
          k++;
        }
        emit(lower, start, k, rest, hits);
        walk(lower, start, k, rest, hits);
      }
      if (j >= n) {
        return;
      }
      node = node.next.get(lower.charAt(j));
      if (node == null) {
        return;
      }
      j++;
      emit(lower, start, j, node, hits);
    }
  }

  /** Records the phrases that end at {@code node}, reached at {@code j}, where the word edge and checks hold. */
  private static void emit(String lower, int start, int j, Node node, TextHits.Builder hits) {
    int n = lower.length();
    for (Terminal t : node.terminals) {
      int end = j;
      if (t.openEnd()) {
        while (end < n && Character.isLetterOrDigit(lower.charAt(end))) {
          end++;
        }
      } else if (end < n && Character.isLetterOrDigit(lower.charAt(end))) {
        continue;
      }
      if (!excluded(lower, start, end, t)) {
        hits.add(t.lexicon(), start, end);
      }
    }
  }

  private static boolean excluded(String text, int start, int end, Terminal t) {
    for (String s : t.notPreceded()) {
      if (start >= s.length() && text.startsWith(s, start - s.length())) {
        return true;
      }
    }
    for (String s : t.notFollowed()) {
      if (text.startsWith(s, end)) {
        return true;
      }
    }
    return false;
  }
}
