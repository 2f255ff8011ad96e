package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A list of phrases of one role ("speech verbs"), compiled into one case-insensitive pattern on word edges. */
public final class Lexicon {
  static final String LEFT = "(?<![\\p{L}\\p{N}])";
  static final String RIGHT = "(?![\\p{L}\\p{N}])";
  private final String key;
  private final Pattern pattern;

  private Lexicon(String key, Pattern pattern) {
    this.key = key;
    this.pattern = pattern;
  }

  /** Compiles the phrases, longest first so that "more than" wins over "more". */
  public static Lexicon compile(String file, String key, List<String> phrases) {
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
    String alternation = String.join("|", sorted);
    return new Lexicon(key, Pattern.compile(FirstCharGuard.of(sorted) + LEFT + "(?:" + alternation + ")" + RIGHT,
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
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
