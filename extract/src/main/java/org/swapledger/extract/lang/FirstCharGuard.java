package org.swapledger.extract.lang;

import java.util.BitSet;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A lookahead that lets a case-insensitive alternation of phrases fail fast: {@code (?=[zZkK…])}, the characters
 * any phrase can start with. java.util.regex tries every alternative at every position of the text, folding case
 * for each; with the guard, positions that cannot start a phrase cost one table look-up. The guard never drops a
 * match: it is empty (no guard) whenever a phrase does not begin with a plain character.
 */
public final class FirstCharGuard {
  private static final String META = "\\[](){}.*+?^$|";
  private static final Map<Character, BitSet> VARIANTS = new ConcurrentHashMap<>();

  private FirstCharGuard() {}

  /** The lookahead for these regular-expression phrases, or "" when one may start with something else. */
  public static String of(Collection<String> phrases) {
    BitSet first = new BitSet(Character.MAX_VALUE + 1);
    for (String phrase : phrases) {
      String p = phrase.startsWith("\\Q") ? phrase.substring(2) : phrase;
      boolean quoted = phrase.startsWith("\\Q");
      if (p.isEmpty() || p.startsWith("\\E") || !quoted && !plainStart(p)) {
        return "";
      }
      char c = p.charAt(0);
      if (Character.isSurrogate(c)) {
        return "";
      }
      first.or(VARIANTS.computeIfAbsent(c, FirstCharGuard::caseVariants));
    }
    if (first.isEmpty()) {
      return "";
    }
    // Case-sensitive inside, so that Latin-1 becomes one bit table; all of the rest is one range, a superset that
    // costs one comparison (a class of many single characters is a chain of predicates, slower than no guard).
    StringBuilder sb = new StringBuilder("(?-iu:(?=[");
    for (int c = first.nextSetBit(0); c >= 0 && c < 0x100; c = first.nextSetBit(c + 1)) {
      sb.append(String.format("\\x{%x}", c));
    }
    if (first.nextSetBit(0x100) >= 0) {
      sb.append("\\x{100}-\\x{ffff}");
    }
    return sb.append("]))").toString();
  }

  /** A literal first character, not optional, and no alternation at the top level of the phrase. */
  private static boolean plainStart(String p) {
    char c = p.charAt(0);
    if (META.indexOf(c) >= 0 || Character.isWhitespace(c)) {
      return false;
    }
    if (p.length() > 1 && "?*{".indexOf(p.charAt(1)) >= 0) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < p.length(); i++) {
      char x = p.charAt(i);
      if (x == '\\') {
        i++;
      } else if (x == '[') {
        int close = p.indexOf(']', i + 2);
        i = close < 0 ? p.length() : close;
      } else if (x == '(') {
        depth++;
      } else if (x == ')') {
        depth--;
      } else if (x == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** Every BMP character a case-insensitive, Unicode-case pattern may match for {@code c}, {@code c} included. */
  private static BitSet caseVariants(char c) {
    BitSet set = new BitSet();
    set.set(c);
    int upper = Character.toUpperCase((int) c);
    int lower = Character.toLowerCase((int) c);
    int folded = Character.toLowerCase(upper);
    for (int x = 0; x <= Character.MAX_VALUE; x++) {
      if (Character.isSurrogate((char) x)) {
        continue;
      }
      int xu = Character.toUpperCase(x);
      if (xu == upper || Character.toLowerCase(x) == lower || Character.toLowerCase(xu) == folded) {
        set.set(x);
      }
    }
    return set;
  }
}
