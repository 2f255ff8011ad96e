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
  /** A trie node: built with a map, then frozen into sorted arrays for the scan (no boxing, no hashing). */
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    final List<Terminal> terminals = new ArrayList<>(1);
    char[] keys = new char[0];
    Node[] kids = new Node[0];
    Terminal[] ends = new Terminal[0];
    @Nullable Node rest;

    void freeze() {
      rest = next.remove(Expansion.WORD_REST);
      keys = new char[next.size()];
      kids = new Node[next.size()];
      int k = 0;
      for (char c : new java.util.TreeSet<>(next.keySet())) {
        keys[k] = c;
        kids[k++] = next.get(c);
      }
      ends = terminals.toArray(Terminal[]::new);
      buildTable();
      for (Node kid : kids) {
        kid.freeze();
      }
      if (rest != null) {
        rest.freeze();
      }
    }

    /** Open-addressing table of the children for nodes with many: one or two probes instead of a search. */
    char[] table = new char[0];
    Node[] tableKids = new Node[0];
    int mask;

    void buildTable() {
      if (keys.length < 4) {
        return;
      }
      int cap = Integer.highestOneBit(keys.length * 2 - 1) << 1;
      table = new char[cap];
      tableKids = new Node[cap];
      mask = cap - 1;
      for (int k = 0; k < keys.length; k++) {
        int h = hash(keys[k]) & mask;
        while (tableKids[h] != null) {
          h = (h + 1) & mask;
        }
        table[h] = keys[k];
        tableKids[h] = kids[k];
      }
    }

    static int hash(char c) {
      return c ^ (c >>> 5);
    }

    @Nullable Node child(char c) {
      Node[] tk = tableKids;
      if (tk.length > 0) {
        for (int h = hash(c) & mask; ; h = (h + 1) & mask) {
          Node kid = tk[h];
          if (kid == null || table[h] == c) {
            return kid; // an empty slot ends the probe: no such child
          }
        }
      }
      char[] ks = keys;
      for (int i = 0; i < ks.length; i++) {
        if (ks[i] == c) {
          return kids[i];
        }
      }
      return null;
    }
  }

  /** Direct index of the root's children for the Latin and Cyrillic blocks: most word starts fail here. */
  private final @Nullable Node[] rootIndex = new Node[0x500];

  private record Terminal(int lexicon, boolean openEnd, String[] notPreceded, String[] notFollowed,
      @Nullable Pattern before, @Nullable Pattern tail) {}

  /** A phrase found inside words ("[\\p{L}\\p{N}_]*austausch"): its literal is searched for anywhere. */
  private record Infix(String literal, int minBefore, Terminal terminal) {}

  private final Node root = new Node();
  private final int size;
  private final List<@Nullable Pattern> fallback = new ArrayList<>();
  private final List<Infix> infixes = new ArrayList<>();

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
    root.freeze();
    for (int k = 0; k < root.keys.length; k++) {
      if (root.keys[k] < rootIndex.length) {
        rootIndex[root.keys[k]] = root.kids[k];
      }
    }
  }

  private void add(int lexicon, Expansion.Variant v) {
    Terminal t = new Terminal(lexicon, v.openEnd(), v.notPreceded().toArray(String[]::new),
        v.notFollowed().toArray(String[]::new), v.before(), v.tail());
    if (v.infix() >= 0) {
      infixes.add(new Infix(v.literal(), v.infix(), t));
      return;
    }
    Node n = root;
    for (char c : v.literal().toCharArray()) {
      n = n.next.computeIfAbsent(c, k -> new Node());
    }
    n.terminals.add(t);
  }

  /** Every phrase of every lexicon in {@code lower} (text lowercased one char for one). */
  public TextHits scan(String lower) {
    TextHits.Builder hits = new TextHits.Builder(size);
    char[] cs = lower.toCharArray(); // array reads: no bounds check and coder test per char, as charAt has
    int n = cs.length;
    boolean afterWord = false;
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      boolean wordStart = !afterWord;
      afterWord = Character.isLetterOrDigit(c);
      if (!wordStart) {
        continue;
      }
      Node first = c < rootIndex.length ? rootIndex[c] : root.child(c);
      if (first != null) {
        if (first.ends.length > 0) {
          emit(lower, cs, i, i + 1, first, hits);
        }
        walk(lower, cs, i, i + 1, first, hits);
      }
      if (root.rest != null) {
        walk(lower, cs, i, i, root, hits); // a phrase that opens with a word ending (rare)
      }
    }
    for (Infix f : infixes) {
      infix(lower, f, hits);
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

  /** Every word with {@code f}'s literal inside, at least {@code minBefore} letters from its start. */
  private static void infix(String lower, Infix f, TextHits.Builder hits) {
    String lit = f.literal();
    int n = lower.length();
    int lastStart = -1;
    for (int at = lower.indexOf(lit); at >= 0; at = lower.indexOf(lit, at + 1)) {
      int start = at;
      while (start > 0 && wordChar(lower.charAt(start - 1))) {
        start--;
      }
      if (at - start < f.minBefore() || start == lastStart) {
        continue; // a second occurrence in the same word gives the same hit
      }
      int end = at + lit.length();
      Terminal t = f.terminal();
      if (t.openEnd()) {
        while (end < n && wordChar(lower.charAt(end))) {
          end++;
        }
      } else if (end < n && Character.isLetterOrDigit(lower.charAt(end))) {
        continue;
      }
      if (!excluded(lower, start, end, t) && before(lower, start, t)) {
        hits.add(t.lexicon(), start, end);
        lastStart = start;
      }
    }
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Follows the trie from {@code node} at {@code j}; a word-rest edge skips the letters left in the word. */
  private void walk(String lower, char[] cs, int start, int j, Node node, TextHits.Builder hits) {
    int n = cs.length;
    while (true) {
      Node rest = node.rest;
      if (rest != null) {
        int k = j;
        while (k < n && Character.isLetterOrDigit(cs[k])) {
          k++;
        }
        emit(lower, cs, start, k, rest, hits);
        walk(lower, cs, start, k, rest, hits);
      }
      if (j >= n) {
        return;
      }
      node = node.child(cs[j]);
      if (node == null) {
        return;
      }
      j++;
      if (node.ends.length > 0) {
        emit(lower, cs, start, j, node, hits);
      }
    }
  }

  /** Records the phrases that end at {@code node}, reached at {@code j}, where the word edge and checks hold. */
  private static void emit(String lower, char[] cs, int start, int j, Node node, TextHits.Builder hits) {
    int n = cs.length;
    for (Terminal t : node.ends) {
      int end = j;
      if (t.tail() != null) {
        Matcher m = t.tail().matcher(lower).region(j, n).useTransparentBounds(true).useAnchoringBounds(false);
        if (!m.lookingAt()) {
          continue;
        }
        end = m.end();
      } else if (t.openEnd()) {
        while (end < n && Character.isLetterOrDigit(cs[end])) {
          end++;
        }
      } else if (end < n && Character.isLetterOrDigit(cs[end])) {
        continue;
      }
      if (!excluded(lower, start, end, t) && before(lower, start, t)) {
        hits.add(t.lexicon(), start, end);
      }
    }
  }

  /** True when the terminal's look-behind that is a regular expression holds at {@code start}, or it has none. */
  private static boolean before(String lower, int start, Terminal t) {
    Pattern b = t.before();
    return b == null || b.matcher(lower).region(start, lower.length()).useTransparentBounds(true)
        .useAnchoringBounds(false).lookingAt();
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
