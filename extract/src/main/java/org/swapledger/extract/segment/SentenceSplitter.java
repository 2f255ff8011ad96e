package org.swapledger.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.model.Sentence;
import org.swapledger.model.Span;

/**
 * Splits text into paragraphs (lines) and sentences. A line break always ends a sentence (headlines have no full
 * stop); inside a line, '.', '!' or '?' end one unless they close an abbreviation ("Jan.", "U.S.", "Mr.") or an
 * initial, or the next word starts in lower case. In a language that writes ordinals with a full stop ("am 3.
 * Januar", "der 49. Austausch"), a number's full stop before a month or an exchange word ends nothing.
 */
public final class SentenceSplitter {
  private final Set<String> abbreviations;
  private final @Nullable LanguagePack ordinalDots;

  /** A splitter that knows only the abbreviations (no ordinal full stops). */
  public SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
    this.ordinalDots = null;
  }

  /** A splitter for the pack's language: its abbreviations, and its ordinal full stops if it writes them. */
  public SentenceSplitter(LanguagePack pack) {
    this.abbreviations = pack.abbreviations();
    this.ordinalDots = !pack.ordinalSuffix().isEmpty() && Pattern.compile(pack.ordinalSuffix()).matcher(".").matches()
        ? pack : null;
  }

  public List<Sentence> split(NormalizedText normalized) {
    String text = normalized.text();
    List<Sentence> out = new ArrayList<>();
    int paragraph = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank() && !normalized.isBoilerplate(lineStart)) {
        paragraph++;
        splitLine(text, lineStart, lineEnd, paragraph, out);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private void splitLine(String text, int start, int end, int paragraph, List<Sentence> out) {
    int sentenceStart = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int j = i + 1;
      while (j < end && (text.charAt(j) == '.' || text.charAt(j) == '!' || text.charAt(j) == '?'
          || text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')' || text.charAt(j) == ']')) {
        j++;
      }
      if (j >= end || !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < end && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      if (k >= end) {
        continue;
      }
      char next = text.charAt(k);
      boolean opensSentence = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '\''
          || next == '(' || next == '-' || next == '[' || Character.isTitleCase(next);
      if (!opensSentence || (c == '.' && closesAbbreviation(text, sentenceStart, i))
          || (c == '.' && j == i + 1 && ordinalDot(text, sentenceStart, i, k, end))) {
        continue;
      }
      add(text, sentenceStart, j, paragraph, out);
      sentenceStart = k;
      i = k - 1;
    }
    add(text, sentenceStart, end, paragraph, out);
  }

  /** "3. Januar", "49. Austausch": one to three digits, their full stop, then a month or an exchange word. */
  private boolean ordinalDot(String text, int from, int dot, int next, int end) {
    LanguagePack pack = ordinalDots;
    if (pack == null) {
      return false;
    }
    int d = dot;
    while (d > from && Character.isDigit(text.charAt(d - 1))) {
      d--;
    }
    if (dot - d < 1 || dot - d > 3 || d > from && Character.isLetterOrDigit(text.charAt(d - 1))) {
      return false;
    }
    int e = next;
    while (e < end && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String word = Lexicon.lower(text.substring(next, e));
    return pack.months().containsKey(word) || pack.lexicon("exchange").in(word) || pack.lexicon("swap").in(word);
  }

  private boolean closesAbbreviation(String text, int from, int dot) {
    int w = dot;
    while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') >= 0) {
      return true; // "U.S", "a.m"
    }
    return abbreviations.contains(word.toLowerCase(Locale.ROOT));
  }

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      char last = text.charAt(e - 1);
      boolean headline = last != '.' && last != '!' && last != '?' && last != '"' && last != ':' && last != ')';
      out.add(new Sentence(out.size(), new Span(s, e), paragraph, headline));
    }
  }
}
