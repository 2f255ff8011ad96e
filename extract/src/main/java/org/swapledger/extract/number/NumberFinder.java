package org.swapledger.extract.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.Anchored;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.model.Mention.NumberMention;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Span;

/**
 * Finds counts written in digits ("2,828", "1 200", "3.035") or words ("two hundred and seven", "Forty-five"),
 * scaled counts ("2.4 thousand"), and the qualifier right before each ("more than", "nearly").
 * Clock times, glued tokens and numbers inside words are not counts.
 */
public final class NumberFinder {
  /** Larger values are identifiers, counters or glued tokens, never head counts. */
  static final long MAX_COUNT = 10_000_000L;
  private final LanguagePack pack;
  private final Pattern digits;
  private final @Nullable Pattern words;
  private final Pattern token;
  private final Map<String, Long> numberWords;
  private final Map<String, Long> scales;

  public NumberFinder(LanguagePack pack) {
    this.pack = pack;
    String sep = Pattern.quote(pack.groupSeparators()).replace("\\Q", "[").replace("\\E", "]");
    if (pack.groupSeparators().isEmpty()) {
      sep = "[,]";
    }
    String dec = Pattern.quote(String.valueOf(pack.decimalSeparator()));
    this.digits = Pattern.compile("(?<![\\p{L}\\p{N}.,:/\\\\])(\\d{1,3}(?:" + sep + "\\d{3})+|\\d+)(?:" + dec
        + "(\\d+))?(?![\\p{N}])");
    this.numberWords = pack.numberWords();
    this.scales = pack.numberScales();
    List<String> all = new ArrayList<>(numberWords.keySet());
    all.addAll(scales.keySet());
    all.sort(Comparator.comparingInt(String::length).reversed());
    String w = String.join("|", all.stream().map(Pattern::quote).toList());
    String j = joiners(pack.numberJoiners());
    int flags = 0; // matched on lowercased text
    this.words = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + w + ")(?:(?:" + j + ")(?:" + w + "))*(?![\\p{L}\\p{N}])",
        flags);
    this.token = Pattern.compile("(?:" + j + ")?(" + w + ")", flags);
  }

  /** The joiners as one alternation, longest first; a space in a joiner stands for any run of white space. */
  private static String joiners(List<String> joiners) {
    List<String> sorted = new ArrayList<>(joiners);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> out = new ArrayList<>();
    for (String jn : sorted) {
      out.add(spaced(jn));
    }
    return String.join("|", out);
  }

  private static String spaced(String joiner) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < joiner.length()) {
      if (joiner.charAt(i) == ' ') {
        sb.append("\\s+");
        while (i < joiner.length() && joiner.charAt(i) == ' ') {
          i++;
        }
      } else {
        int e = joiner.indexOf(' ', i);
        if (e < 0) {
          e = joiner.length();
        }
        sb.append(Pattern.quote(joiner.substring(i, e)));
        i = e;
      }
    }
    return sb.toString();
  }

  /** All counts in {@code text}, in order of position. */
  public List<NumberMention> find(String text) {
    return findLower(Lexicon.lower(text));
  }

  /** As {@link #find(String)}, given the text lowercased one char for one. */
  public List<NumberMention> findLower(String text) {
    return findLower(text, pack.hits(text));
  }

  /** As {@link #findLower(String)}, reading the qualifiers from the article's phrase hits. */
  public List<NumberMention> findLower(String text, TextHits hits) {
    List<NumberMention> out = new ArrayList<>();
    for (MatchResult m : Anchored.at(digits, text, hits.digitRuns())) {
      NumberMention n = fromDigits(text, m, hits);
      if (n != null) {
        out.add(n);
      }
    }
    if (words != null) {
      List<NumberMention> digitMentions = List.copyOf(out);
      int next = 0;
      for (MatchResult w : Anchored.at(words, text, hits.starts(pack.numberWordStarts()))) {
        long value = parseWords(w.group());
        Span span = new Span(w.start(), w.end());
        while (next < digitMentions.size() && digitMentions.get(next).span().end() <= span.start()) {
          next++;
        }
        // the scale word of "2.4 thousand" already belongs to the digits before it
        boolean taken = next < digitMentions.size() && digitMentions.get(next).span().overlaps(span);
        if (value > 0 && value < MAX_COUNT && !taken) {
          out.add(withQualifier(text, hits, span, value, true));
        }
      }
    }
    out.sort(Comparator.comparing(NumberMention::span));
    return out;
  }

  private @Nullable NumberMention fromDigits(String text, MatchResult m, TextHits hits) {
    int start = m.start();
    int end = m.end();
    // clock times and ratios: "17:05", "3:1"
    if (end < text.length() && text.charAt(end) == ':' && end + 1 < text.length()
        && Character.isDigit(text.charAt(end + 1))) {
      return null;
    }
    if (end < text.length() && Character.isLetter(text.charAt(end))) {
      return null; // "3rd", "10km", "5G"
    }
    if (start > 0 && text.charAt(start - 1) == '-' && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2))
        && !precededByWord(text, start - 1, "for") && !Character.isDigit(text.charAt(start - 2))) {
      return null; // "Il-76", "COVID-19"
    }
    String integer = asciiDigits(m.group(1));
    if (integer.length() > 8) {
      return null;
    }
    long value = Long.parseLong(integer);
    String fraction = m.group(2);
    Span span = new Span(start, end);
    if (fraction != null) {
      // "2.4 thousand": a decimal is a count only with a scale word after it
      int after = skipSpace(text, end);
      Long scale = scaleAt(text, after);
      if (scale == null) {
        return null;
      }
      double v = Double.parseDouble(integer + "." + fraction) * scale;
      value = Math.round(v);
      span = new Span(start, wordEnd(text, after));
    } else {
      int after = skipSpace(text, end);
      Long scale = scaleAt(text, after);
      if (scale != null && scale >= 1000) {
        value *= scale;
        span = new Span(start, wordEnd(text, after));
      }
    }
    if (value >= MAX_COUNT) {
      return null;
    }
    return withQualifier(text, hits, span, value, false);
  }

  /** The ASCII digits of {@code s}, group separators dropped. */
  private static String asciiDigits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean precededByWord(String text, int end, String word) {
    int s = end - word.length();
    return s >= 0 && text.regionMatches(true, s, word, 0, word.length());
  }

  private @Nullable Long scaleAt(String text, int at) {
    int e = wordEnd(text, at);
    if (e == at) {
      return null;
    }
    String word = text.substring(at, e).toLowerCase(Locale.ROOT);
    Long v = scales.get(word);
    if (v != null) {
      return v;
    }
    // inflected scale words: "тисячі", "тысяч", "Tausend"; the whole stem must match ("milione" is not "militari")
    for (var s : scales.entrySet()) {
      String stem = s.getKey().substring(0, s.getKey().length() - 1);
      if (s.getValue() >= 1000 && stem.length() >= 4 && word.startsWith(stem)) {
        return s.getValue();
      }
    }
    return null;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int i) {
    int e = i;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  private NumberMention withQualifier(String text, TextHits hits, Span span, long value,
      boolean fromWords) {
    Qualifier best = Qualifier.EXACT;
    int bestStart = -1;
    for (var e : pack.qualifiers().entrySet()) {
      Lexicon lex = e.getValue();
      int s = hits.lastEndingAt(lex, span.start());
      if (s >= 0 && (bestStart < 0 || s < bestStart)) {
        bestStart = s;
        best = e.getKey();
      }
    }
    Span q = bestStart >= 0 ? new Span(bestStart, span.start()) : null;
    return new NumberMention(span, value, best, q, fromWords);
  }

  /** The value of a run of number words, or -1 when the run is not a well-formed number. */
  long parseWords(String text) {
    String run = text.toLowerCase(Locale.ROOT);
    long total = 0;
    long current = 0;
    boolean any = false;
    Matcher t = token.matcher(run);
    int at = 0;
    while (at < run.length() && t.region(at, run.length()).lookingAt()) {
      String p = t.group(1).toLowerCase(Locale.ROOT);
      at = t.end();
      Long w = numberWords.get(p);
      Long s = scales.get(p);
      if (w != null) {
        current += w;
        any = true;
      } else if (s != null) {
        if (s == 100) {
          current = (current == 0 ? 1 : current) * 100;
        } else {
          total += (current == 0 ? 1 : current) * s;
          current = 0;
        }
        any = true;
      } else {
        return -1;
      }
    }
    return any && at == run.length() ? total + current : -1;
  }
}
