package org.swapledger.extract.lang;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A list of phrases of one role ("speech verbs"): small regular expressions on word edges, matched on lowercased
 * text ({@link #lower(String)}). Within a pack every lexicon is found by the pack's one {@link PhraseIndex} and
 * asked through {@link TextHits}; {@link #in(String)} answers for a lone text with the same matcher.
 */
public final class Lexicon {
  private final String key;
  private final List<String> phrases;
  private final int id;
  private volatile @Nullable PhraseIndex alone;

  private Lexicon(String key, List<String> phrases, int id) {
    this.key = key;
    this.phrases = List.copyOf(phrases);
    this.id = id;
  }

  /**
   * Checks and lowers the phrases; {@code id} is the lexicon's position in its pack's index. A phrase that is not
   * a valid pattern fails naming the file, the key and the phrase.
   */
  static Lexicon compile(String file, String key, List<String> phrases, int id) {
    if (phrases.isEmpty()) {
      throw new PackException(file, key, "the list is empty");
    }
    for (String p : phrases) {
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw new PackException(file, key, "'" + p + "' is not a valid pattern: " + e.getDescription());
      }
    }
    return new Lexicon(key, phrases.stream().map(Lexicon::lowerLiterals).toList(), id);
  }

  /** A lexicon that matches nothing, for an optional role a language leaves out. */
  static Lexicon never(String key, int id) {
    return new Lexicon(key, List.of(), id);
  }

  /** The phrases as compiled: lowered, \\w made Unicode. */
  List<String> phrases() {
    return phrases;
  }

  /** Position in the pack's {@link PhraseIndex}. */
  public int id() {
    return id;
  }

  public String key() {
    return key;
  }

  /** True when a phrase occurs in {@code text}, which is lowered first. */
  public boolean in(String text) {
    PhraseIndex index = alone;
    if (index == null) {
      index = new PhraseIndex(List.of(phrases));
      alone = index;
    }
    return !index.scan(lower(text)).spans(0).isEmpty();
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

}
