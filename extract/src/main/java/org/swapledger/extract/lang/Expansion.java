package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Expands a lexicon phrase, a small regular expression, into the finite set of literal strings it matches, so that
 * a trie can find it: literals, escaped punctuation, groups with alternatives, '?', simple character classes, a
 * leading negative look-behind and a trailing negative look-ahead of literals (kept as checks), and a trailing
 * open word ending ("\\p{L}*"). What does not expand is split: leading look-behinds become a check tried at the
 * start, the longest literal head goes in the trie and the rest is a regular expression tried where the head ends;
 * a phrase that opens with a word wildcard ("\\w*austausch") is searched for inside words. Only a phrase that
 * alternates at its top level around such parts gives null, and stays a regular expression scanned on its own.
 */
final class Expansion {
  /** Beyond this many variants a phrase is cheaper as a regular expression. */
  static final int MAX_VARIANTS = 512;
  /** Stands in a literal for "any word ending here" ({@code \\p{L}*}) before a non-letter. */
  static final char WORD_REST = '\uE000';
  private static final List<String> WILDCARDS = List.of("[\\p{L}\\p{N}_]*", "\\p{L}*");

  /**
   * One literal form of a phrase, with the checks around it: literal look-arounds, a look-behind that is a regular
   * expression ({@code before}, tried at the start), and the rest of a phrase that is not literal ({@code tail},
   * matched where the literal ends and giving the end). An {@code infix} form (a phrase that opens with a word
   * wildcard, "[\\p{L}\\p{N}_]*austausch") is found anywhere in a word: {@code infix} letters at least before it.
   */
  record Variant(String literal, boolean openEnd, List<String> notPreceded, List<String> notFollowed,
      @Nullable Pattern before, @Nullable Pattern tail, int infix) {
    Variant(String literal, boolean openEnd, List<String> notPreceded, List<String> notFollowed) {
      this(literal, openEnd, notPreceded, notFollowed, null, null, -1);
    }
  }

  /** The end check every phrase carries: no letter or digit may follow. */
  static final String WORD_END = "(?![\\p{L}\\p{N}])";

  private final String p;
  private int i;

  private Expansion(String p) {
    this.p = p;
  }

  static @Nullable List<Variant> of(String phrase) {
    String body = phrase;
    List<String> notPreceded = new ArrayList<>();
    StringBuilder before = new StringBuilder();
    while (body.startsWith("(?<!") || body.startsWith("(?<=")) {
      int close = closing(body, 0);
      if (close < 0) {
        return null;
      }
      List<String> lb = body.startsWith("(?<!") ? new Expansion(body.substring(4, close)).all() : null;
      if (lb != null && !lb.contains("")) {
        notPreceded.addAll(lb);
      } else {
        before.append(body, 0, close + 1); // look-behinds in a row all hold: a conjunction
      }
      body = body.substring(close + 1);
    }
    Pattern beforePattern = before.isEmpty() ? null : Pattern.compile(before.toString());
    int infix = -1;
    for (String w : WILDCARDS) {
      for (char q : new char[] {'*', '+'}) {
        String head = w.substring(0, w.length() - 1) + q;
        if (body.startsWith(head) && body.length() > head.length()
            && Character.isLetterOrDigit(body.charAt(head.length())) || body.startsWith(head + "(?:")) {
          infix = q == '*' ? 0 : 1;
          body = body.substring(head.length());
        }
      }
    }
    String whole = body;
    List<String> notFollowed = List.of();
    boolean openEnd = false;
    for (String open : List.of("\\p{L}*", "[\\p{L}\\p{N}_]*")) {
      if (body.endsWith(open)) {
        openEnd = true;
        body = body.substring(0, body.length() - open.length());
      }
    }
    if (!openEnd && body.endsWith(")")) {
      int open = body.lastIndexOf("(?!");
      if (open >= 0 && closing(body, open) == body.length() - 1) {
        List<String> la = new Expansion(body.substring(open + 3, body.length() - 1)).all();
        if (la != null) {
          notFollowed = la;
          body = body.substring(0, open);
        }
      }
    }
    List<Variant> out = new ArrayList<>();
    List<String> preceded = List.copyOf(notPreceded);
    List<String> literals = new Expansion(body).all();
    if (literals != null) {
      for (String l : literals) {
        if (l.isEmpty()) {
          return null; // matches the empty string
        }
        out.add(new Variant(l, openEnd, preceded, notFollowed, beforePattern, null, infix));
      }
      return out;
    }
    if (infix >= 0) {
      return null; // a word wildcard before and a regular expression after: stays one
    }
    // a literal head, then the rest as a regular expression matched where the head ends
    Expansion e = new Expansion(whole);
    List<String> heads = e.head();
    if (heads == null || heads.isEmpty() || heads.contains("")) {
      return null;
    }
    Pattern tail = Pattern.compile("(?:" + e.tail + ")" + WORD_END);
    for (String l : heads) {
      out.add(new Variant(l, false, preceded, List.of(), beforePattern, tail, -1));
    }
    return out;
  }

  /** Set by {@link #head()}: the regular expression left after the literal head. */
  private String tail = "";

  /**
   * The literal forms of the longest head of the top-level sequence that expands, leaving {@link #tail} to match
   * as a regular expression; null when the phrase alternates at its top level or nothing expands.
   */
  private @Nullable List<String> head() {
    List<String> acc = new ArrayList<>(List.of(""));
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '|' || c == ')') {
        return null;
      }
      int at = i;
      List<String> atom = atom();
      if (atom == null) {
        i = at;
        break;
      }
      int atomEnd = i;
      if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '*')) {
        i = at;
        break;
      }
      String rest = null;
      if (i < p.length() && p.charAt(i) == '+') {
        rest = p.substring(at, atomEnd) + "*" + p.substring(i + 1);
      } else if (i < p.length() && p.charAt(i) == '{') {
        java.util.regex.Matcher q = COUNT.matcher(p).region(i, p.length());
        if (!q.lookingAt() || Integer.parseInt(q.group(1)) < 1) {
          i = at;
          break;
        }
        int min = Integer.parseInt(q.group(1));
        String max = q.group(2) == null ? String.valueOf(min) : q.group(3).isEmpty() ? "" : String.valueOf(Integer.parseInt(q.group(3)) - 1);
        rest = p.substring(at, atomEnd) + "{" + (min - 1) + (q.group(2) == null ? "" : "," + max) + "}" + p.substring(q.end());
      }
      List<String> next = new ArrayList<>(acc.size() * atom.size());
      for (String a : acc) {
        for (String b : atom) {
          next.add(a + b);
        }
      }
      if (next.size() > MAX_VARIANTS) {
        i = at;
        break;
      }
      acc = next;
      if (rest != null) {
        tail = rest;
        return acc;
      }
    }
    tail = p.substring(i);
    return acc;
  }

  private static final Pattern COUNT = Pattern.compile("\\{(\\d+)(,(\\d*))?\\}");

  private @Nullable List<String> all() {
    List<String> r = alternation();
    return i == p.length() ? r : null;
  }

  private @Nullable List<String> alternation() {
    List<String> out = new ArrayList<>();
    while (true) {
      List<String> seq = sequence();
      if (seq == null) {
        return null;
      }
      out.addAll(seq);
      if (out.size() > MAX_VARIANTS) {
        return null;
      }
      if (i < p.length() && p.charAt(i) == '|') {
        i++;
        continue;
      }
      return out;
    }
  }

  private @Nullable List<String> sequence() {
    List<String> acc = new ArrayList<>(List.of(""));
    while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
      List<String> atom = atom();
      if (atom == null) {
        return null;
      }
      if (i < p.length() && p.charAt(i) == '?') {
        i++;
        atom = new ArrayList<>(atom);
        atom.add("");
      } else if (i < p.length() && (p.charAt(i) == '*' || p.charAt(i) == '+' || p.charAt(i) == '{')) {
        return null;
      }
      List<String> next = new ArrayList<>(acc.size() * atom.size());
      for (String a : acc) {
        for (String b : atom) {
          next.add(a + b);
        }
      }
      if (next.size() > MAX_VARIANTS) {
        return null;
      }
      acc = next;
    }
    return acc;
  }

  private @Nullable List<String> atom() {
    for (String w : WILDCARDS) {
      if (p.startsWith(w, i)) {
        int after = i + w.length();
        // only where a non-letter follows, so that skipping the rest of the word needs no backtracking
        if (after < p.length() && !Character.isLetterOrDigit(p.charAt(after)) && p.charAt(after) != '('
            && p.charAt(after) != '[' && p.charAt(after) != '\\') {
          i = after;
          return List.of(String.valueOf(WORD_REST));
        }
        return null;
      }
    }
    if (p.startsWith("\\d", i)) {
      i += 2;
      List<String> digits = new ArrayList<>();
      for (char d = '0'; d <= '9'; d++) {
        digits.add(String.valueOf(d));
      }
      return digits;
    }
    char c = p.charAt(i);
    if (c == '(') {
      if (p.startsWith("(?:", i)) {
        i += 3;
      } else if (p.startsWith("(?", i)) {
        return null; // look-arounds inside a phrase
      } else {
        i++;
      }
      List<String> inner = alternation();
      if (inner == null || i >= p.length() || p.charAt(i) != ')') {
        return null;
      }
      i++;
      return inner;
    }
    if (c == '[') {
      int close = p.indexOf(']', i);
      if (close < 0) {
        return null;
      }
      String cls = p.substring(i + 1, close);
      if (cls.isEmpty() || cls.startsWith("^") || cls.contains("\\") || cls.contains("-") && cls.length() > 1
          && cls.indexOf('-') > 0 && cls.indexOf('-') < cls.length() - 1) {
        return null; // negations, escapes and ranges stay regular expressions
      }
      i = close + 1;
      List<String> out = new ArrayList<>();
      for (char k : cls.toCharArray()) {
        out.add(String.valueOf(k));
      }
      return out;
    }
    if (c == '\\') {
      if (i + 1 >= p.length() || Character.isLetterOrDigit(p.charAt(i + 1))) {
        return null; // \d, \s, \p{..}, \w: classes
      }
      i += 2;
      return List.of(String.valueOf(p.charAt(i - 1)));
    }
    if (c == '.' || c == '^' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{') {
      return null;
    }
    i++;
    return List.of(String.valueOf(c));
  }

  /** Index of the parenthesis that closes the one at {@code open}, skipping escapes and classes; -1 if none. */
  static int closing(String p, int open) {
    int depth = 0;
    boolean inClass = false;
    for (int i = open; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        }
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }}
