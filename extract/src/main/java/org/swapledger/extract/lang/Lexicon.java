package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A list of phrases of one role ("speech verbs"), compiled into one pattern on word edges. Matching is on
 * lowercased text ({@link #lower(String)}): folding case once per article is far cheaper than a case-insensitive
 * pattern folding every character at every position. Literal capitals in a phrase are lowered when compiled.
 */
public final class Lexicon {
  static final String LEFT = "(?<![\\p{L}\\p{N}])";
  static final String RIGHT = "(?![\\p{L}\\p{N}])";
  private final String key;
  private final Pattern pattern;
  private final List<String> phrases;
  private final int id;

  private Lexicon(String key, Pattern pattern, List<String> phrases, int id) {
    this.key = key;
    this.pattern = pattern;
    this.phrases = List.copyOf(phrases);
    this.id = id;
  }

  /** Compiles the phrases, longest first so that "more than" wins over "more". */
  public static Lexicon compile(String file, String key, List<String> phrases) {
    return compile(file, key, phrases, -1);
  }

  /** As {@link #compile(String, String, List)}, with the position of the lexicon in its pack's index. */
  static Lexicon compile(String file, String key, List<String> phrases, int id) {
    if (phrases.isEmpty()) {
      throw new PackException(file, key, "the list is empty");
    }
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    for (String p : sorted) {
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw new PackException(file, key, "'" + p + "' is not a valid pattern: " + e.getDescription());
      }
    }
    List<String> lowered = sorted.stream().map(Lexicon::lowerLiterals).toList();
    String alternation = String.join("|", lowered);
    // A phrase can only start with one of a few letters: a cheap look-ahead on them spares the engine trying
    // every phrase at every word start.
    java.util.Set<Character> first = new java.util.TreeSet<>();
    boolean known = true;
    for (String p : lowered) {
      java.util.Set<Character> f = FirstChars.of(p);
      if (f == null) {
        known = false;
        break;
      }
      first.addAll(f);
    }
    String guard = "";
    if (known && !first.isEmpty()) {
      StringBuilder cls = new StringBuilder("(?=[");
      for (char c : first) {
        cls.append(Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
      }
      guard = cls.append("])").toString();
    }
    return new Lexicon(key, Pattern.compile(guard + LEFT + "(?:" + alternation + ")" + RIGHT), lowered, id);
  }

  /** One pattern on word edges for phrases already lowered. */
  static Pattern compileAlternation(List<String> lowered) {
    return Pattern.compile(LEFT + "(?:" + String.join("|", lowered) + ")" + RIGHT);
  }

  /** The phrases as compiled: lowered, \\w made Unicode. */
  List<String> phrases() {
    return phrases;
  }

  /** Position in the pack's {@link PhraseIndex}; -1 for a lexicon outside a pack. */
  public int id() {
    return id;
  }

  /**
   * A look-ahead on the first characters of {@code words} (lowercased literals, or patterns starting with a
   * letter); empty when some word starts otherwise, so that the pattern stays exact.
   */
  public static String firstCharGuard(java.util.Collection<String> words) {
    java.util.TreeSet<Character> first = new java.util.TreeSet<>();
    for (String w : words) {
      if (w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
        return "";
      }
      first.add(Character.toLowerCase(w.charAt(0)));
    }
    StringBuilder sb = new StringBuilder("(?=[");
    first.forEach(sb::append);
    return first.isEmpty() ? "" : sb.append("])").toString();
  }

  /** Lowercases a text one char for one, so that offsets into the result are offsets into the original. */
  public static String lower(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /**
   * Lowers the literal letters of a pattern, leaving escapes such as \\S and \\p{L} as they are, and makes \\w
   * a letter of any script ("українськ\\w*"), as a stem needs, without the cost of Unicode character classes.
   */
  public static String lowerLiterals(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '[' && !inClass) {
        inClass = true;
        sb.append(c);
      } else if (c == ']' && inClass) {
        inClass = false;
        sb.append(c);
      } else if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == 'w') {
        sb.append(inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]");
        i++;
      } else if (c == '\\' && i + 1 < pattern.length()) {
        char n = pattern.charAt(i + 1);
        sb.append(c).append(n);
        i++;
        if ((n == 'p' || n == 'P') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
          int close = pattern.indexOf('}', i);
          if (close > 0) {
            sb.append(pattern, i + 1, close + 1);
            i = close;
          }
        }
      } else {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** A lexicon that matches nothing, for an optional role a language leaves out. */
  public static Lexicon never(String key) {
    return never(key, -1);
  }

  static Lexicon never(String key, int id) {
    return new Lexicon(key, Pattern.compile("(?!)"), List.of(), id);
  }

  public String key() {
    return key;
  }

  public Pattern pattern() {
    return pattern;
  }

  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** True when a phrase occurs anywhere in {@code text}. */
  public boolean in(CharSequence text) {
    return pattern.matcher(text).find();
  }

  /** True when a phrase occurs in text[from, to). */
  public boolean in(CharSequence text, int from, int to) {
    if (from >= to) {
      return false;
    }
    Matcher m = pattern.matcher(text);
    m.region(Math.max(0, from), Math.min(text.length(), to));
    m.useTransparentBounds(true);
    return m.find();
  }

  /** True when a phrase ends exactly at {@code end}, allowing white space between. */
  public boolean endsAt(CharSequence text, int end) {
    return lastEndingAt(text, end) >= 0;
  }

  /** Start of the phrase that ends at {@code end} (white space allowed before end), or -1. */
  public int lastEndingAt(CharSequence text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int from = Math.max(0, e - 40);
    Matcher m = pattern.matcher(text);
    m.region(from, e);
    m.useTransparentBounds(true);
    int found = -1;
    while (m.find()) {
      if (m.end() == e) {
        found = m.start();
      }
    }
    if (found < 0) {
      // a longer phrase may start before the window
      return -1;
    }
    return found;
  }

  /** End of the phrase that starts at {@code start} (after white space), or -1. */
  public int startsAt(CharSequence text, int start) {
    int s = start;
    while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    Matcher m = pattern.matcher(text);
    m.region(s, Math.min(text.length(), s + 80));
    m.useTransparentBounds(true);
    return m.lookingAt() ? m.end() : -1;
  }
}
