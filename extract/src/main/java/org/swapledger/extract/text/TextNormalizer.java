package org.swapledger.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.model.Span;

/**
 * Normalizes Unicode (NFC), typographic quotes, dashes, apostrophes and spaces, and marks boilerplate lines.
 * Replacements keep one character for one, so offsets stay valid; NFC composition, which can shorten the text,
 * is mapped back through {@link NormalizedText#toOriginal(Span)}.
 */
public final class TextNormalizer {
  private final List<Pattern> boilerplate;

  public TextNormalizer(LanguagePack pack) {
    this.boilerplate = pack.boilerplate();
  }

  public NormalizedText normalize(String original) {
    String composed = original;
    int[] map = null;
    if (!Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
      StringBuilder sb = new StringBuilder(original.length());
      List<Integer> offsets = new ArrayList<>(original.length() + 1);
      int i = 0;
      while (i < original.length()) {
        int j = i + Character.charCount(original.codePointAt(i));
        while (j < original.length() && Character.getType(original.codePointAt(j)) == Character.NON_SPACING_MARK) {
          j += Character.charCount(original.codePointAt(j));
        }
        String cluster = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
        for (int k = 0; k < cluster.length(); k++) {
          offsets.add(i);
        }
        sb.append(cluster);
        i = j;
      }
      offsets.add(original.length());
      composed = sb.toString();
      map = offsets.stream().mapToInt(Integer::intValue).toArray();
    }
    char[] chars = composed.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = fold(chars[i]);
    }
    String text = new String(chars);
    return new NormalizedText(original, text, map, boilerplateLines(text));
  }

  /** One character for one: typographic forms to their plain equivalents. */
  static char fold(char c) {
    return switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\u301D', '\u301E' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u0060', '\u00B4' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
      case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003', '\u3000', '\t' -> ' ';
      case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> ' ';
      case '\r', '\u2028', '\u2029', '\u0085' -> '\n';
      default -> c;
    };
  }

  private List<Span> boilerplateLines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty() && line.length() < 300) {
        for (Pattern p : boilerplate) {
          if (p.matcher(line).matches()) {
            out.add(new Span(start, end));
            break;
          }
        }
      }
      start = end + 1;
    }
    return out;
  }
}
