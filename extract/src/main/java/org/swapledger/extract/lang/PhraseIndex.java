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
  /** A trie node while the index is built; {@link #flatten} lays the nodes out in arrays for the scan. */
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    final List<Terminal> terminals = new ArrayList<>(1);
    int id;
  }

  /*
   * The trie, flat: node i's children are an open-addressing table of slots[tableBase(i) ...] of size
   * tableMask(i) + 1, each slot (char << 32 | child id), -1 when empty. nodes[i] = tableBase << 32 | flags | mask.
   * Arrays of primitives keep a walk in a few cache lines where linked node objects miss the cache at every step.
   */
  private static final int NO_CHILDREN = 0xFFFFF;
  private static final int HAS_ENDS = 1 << 30;
  private static final int HAS_REST = 1 << 29;
  private long[] nodes = new long[0];
  private long[] slots = new long[0];
  private Terminal[][] ends = new Terminal[0][];
  private int[] rests = new int[0];

  private static int hash(char c) {
    return c ^ (c >>> 5);
  }

  /** The child of {@code node} by {@code c}, or -1. */
  private int child(int node, char c) {
    long info = nodes[node];
    int mask = (int) info & NO_CHILDREN;
    if (mask == NO_CHILDREN) {
      return -1;
    }
    int base = (int) (info >>> 32);
    for (int h = hash(c) & mask; ; h = (h + 1) & mask) {
      long slot = slots[base + h];
      if ((int) slot < 0 || (char) (slot >>> 32) == c) {
        return (int) slot; // an empty slot ends the probe: no such child
      }
    }
  }

  /** Numbers the nodes breadth first and lays them out in the arrays above. */
  private void flatten(Node root) {
    List<Node> order = new ArrayList<>();
    order.add(root);
    for (int k = 0; k < order.size(); k++) {
      Node n = order.get(k);
      n.id = k;
      for (char c : new java.util.TreeSet<>(n.next.keySet())) {
        order.add(n.next.get(c));
      }
    }
    int count = order.size();
    nodes = new long[count];
    ends = new Terminal[count][];
    rests = new int[count];
    List<long[]> tables = new ArrayList<>();
    int base = 0;
    for (Node n : order) {
      Node rest = n.next.get(Expansion.WORD_REST);
      int children = n.next.size() - (rest == null ? 0 : 1);
      int flags = (n.terminals.isEmpty() ? 0 : HAS_ENDS) | (rest == null ? 0 : HAS_REST);
      ends[n.id] = n.terminals.toArray(Terminal[]::new);
      rests[n.id] = rest == null ? -1 : rest.id;
      if (children == 0) {
        nodes[n.id] = flags | NO_CHILDREN;
        continue;
      }
      int cap = Integer.highestOneBit(Math.max(1, children * 2 - 1)) << 1;
      long[] table = new long[cap];
      java.util.Arrays.fill(table, -1L);
      for (var e : n.next.entrySet()) {
        char c = e.getKey();
        if (c == Expansion.WORD_REST) {
          continue;
        }
        int h = hash(c) & (cap - 1);
        while (table[h] != -1L) {
          h = (h + 1) & (cap - 1);
        }
        table[h] = ((long) c << 32) | e.getValue().id;
      }
      tables.add(table);
      nodes[n.id] = ((long) base << 32) | flags | (cap - 1);
      base += cap;
    }
    slots = new long[base];
    int at = 0;
    for (long[] t : tables) {
      System.arraycopy(t, 0, slots, at, t.length);
      at += t.length;
    }
    java.util.Arrays.fill(rootIndex, -1);
    for (var e : root.next.entrySet()) {
      if (e.getKey() < rootIndex.length && e.getKey() != Expansion.WORD_REST) {
        rootIndex[e.getKey()] = e.getValue().id;
      }
    }
  }

  /** Direct index of the root's children for the Latin and Cyrillic blocks: most word starts fail here. */
  private final int[] rootIndex = new int[0x500];

  private record Terminal(int lexicon, boolean openEnd, String[] notPreceded, String[] notFollowed,
      @Nullable Pattern before, @Nullable Pattern tail) {}

  /** A phrase found inside words ("[\\p{L}\\p{N}_]*austausch"): its literal is searched for anywhere. */
  private record Infix(String literal, int minBefore, Terminal terminal) {}

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
    Node root = new Node();
    for (int id = 0; id < groups.size(); id++) {
      List<String> rest = new ArrayList<>();
      for (String phrase : groups.get(id)) {
        List<Expansion.Variant> variants = Expansion.of(phrase);
        if (variants == null) {
          rest.add(phrase);
          continue;
        }
        for (Expansion.Variant v : variants) {
          add(root, id, v);
        }
      }
      fallback.add(rest.isEmpty() ? null : Pattern.compile("(?:" + String.join("|", rest) + ")(?![\\p{L}\\p{N}])"));
    }
    flatten(root);
  }

  private void add(Node root, int lexicon, Expansion.Variant v) {
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
      int first = c < rootIndex.length ? rootIndex[c] : child(0, c);
      if (first >= 0) {
        if ((nodes[first] & HAS_ENDS) != 0) {
          emit(lower, cs, i, i + 1, ends[first], hits);
        }
        walk(lower, cs, i, i + 1, first, hits);
      }
      if ((nodes[0] & HAS_REST) != 0) {
        followRest(lower, cs, i, i, 0, hits); // a phrase that opens with a word ending (rare)
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
  private void walk(String lower, char[] cs, int start, int j, int node, TextHits.Builder hits) {
    int n = cs.length;
    while (true) {
      if ((nodes[node] & HAS_REST) != 0) {
        followRest(lower, cs, start, j, node, hits);
      }
      if (j >= n) {
        return;
      }
      node = child(node, cs[j]);
      if (node < 0) {
        return;
      }
      j++;
      if ((nodes[node] & HAS_ENDS) != 0) {
        emit(lower, cs, start, j, ends[node], hits);
      }
    }
  }

  /** Takes {@code node}'s word-rest edge: skips the letters left in the word at {@code j}, then walks on. */
  private void followRest(String lower, char[] cs, int start, int j, int node, TextHits.Builder hits) {
    int rest = rests[node];
    int k = j;
    while (k < cs.length && Character.isLetterOrDigit(cs[k])) {
      k++;
    }
    if ((nodes[rest] & HAS_ENDS) != 0) {
      emit(lower, cs, start, k, ends[rest], hits);
    }
    walk(lower, cs, start, k, rest, hits);
  }

  /** Records the phrases {@code found} at a node reached at {@code j}, where the word edge and checks hold. */
  private static void emit(String lower, char[] cs, int start, int j, Terminal[] found, TextHits.Builder hits) {
    int n = cs.length;
    for (Terminal t : found) {
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
