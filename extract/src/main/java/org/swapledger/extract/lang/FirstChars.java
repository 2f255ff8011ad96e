package org.swapledger.extract.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The characters a regular-expression fragment can start a match with, worked out conservatively: null whenever
 * the fragment is too clever to tell (character classes, \p{..}, a group that may match nothing at the start).
 */
final class FirstChars {
  private FirstChars() {}

  static @Nullable Set<Character> of(String p) {
    return of(p, 0);
  }

  private static @Nullable Set<Character> of(String p, int i) {
    if (i >= p.length()) {
      return null; // the fragment can match the empty string
    }
    char c = p.charAt(i);
    if (c == '(') {
      int close = closing(p, i);
      if (close < 0) {
        return null;
      }
      String inner = p.substring(i + 1, close);
      int after = close + 1;
      if (inner.startsWith("?<!") || inner.startsWith("?<=") || inner.startsWith("?!") || inner.startsWith("?=")) {
        return of(p, after); // look-arounds consume nothing
      }
      if (inner.startsWith("?:")) {
        inner = inner.substring(2);
      } else if (inner.startsWith("?")) {
        return null;
      }
      Set<Character> out = new HashSet<>();
      for (String alt : alternatives(inner)) {
        Set<Character> f = of(alt, 0);
        if (f == null) {
          return null;
        }
        out.addAll(f);
      }
      if (optional(p, after)) {
        Set<Character> rest = of(p, skipQuantifier(p, after));
        if (rest == null) {
          return null;
        }
        out.addAll(rest);
      }
      return out;
    }
    if (c == '[' || c == '.' || c == '^' || c == '$' || c == '|' || c == ')') {
      return null;
    }
    char literal;
    int next;
    if (c == '\\') {
      if (i + 1 >= p.length()) {
        return null;
      }
      char e = p.charAt(i + 1);
      if (Character.isLetterOrDigit(e)) {
        return null; // \d, \s, \p{L}, \w: a class
      }
      literal = e;
      next = i + 2;
    } else {
      literal = c;
      next = i + 1;
    }
    Set<Character> out = new HashSet<>();
    out.add(Character.toLowerCase(literal));
    if (optional(p, next)) {
      Set<Character> rest = of(p, skipQuantifier(p, next));
      if (rest == null) {
        return null;
      }
      out.addAll(rest);
    }
    return out;
  }

  private static boolean optional(String p, int i) {
    return i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '*' || p.startsWith("{0", i));
  }

  private static int skipQuantifier(String p, int i) {
    if (p.charAt(i) == '{') {
      int close = p.indexOf('}', i);
      i = close < 0 ? p.length() : close + 1;
    } else {
      i++;
    }
    if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
      i++; // lazy or possessive
    }
    return i;
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
  }

  private static List<String> alternatives(String inner) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
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
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    out.add(inner.substring(start));
    return out;
  }
}
