package org.swapledger.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swapledger.model.Span;

/**
 * The phrase index finds what the phrases, read as regular expressions on word edges, find: the same starts, and
 * at each start the regular expression's end among the index's ends. Checked on seeded random text made of the
 * packs' own words, and on the constructions that are not plain literals.
 */
class PhraseIndexTest {
  private static List<Span> hits(String phrase, String text) {
    return new PhraseIndex(List.of(List.of(phrase))).scan(text).spans(0);
  }

  @Test
  void a_literal_head_then_a_regular_expression_tail_ends_where_the_tail_does() {
    assertThat(hits("за (?:\\S+ )?(?:роки|років)", "обміняли за три роки війни")).containsExactly(new Span(9, 20));
    assertThat(hits("за (?:\\S+ )?(?:роки|років)", "обміняли за тиждень")).isEmpty();
  }

  @Test
  void a_look_behind_that_is_a_class_is_checked_at_the_start() {
    assertThat(hits("(?<![\\p{L}\\p{N}] )of the", "two of the men; (of the)")).containsExactly(new Span(17, 23));
  }

  @Test
  void a_positive_look_behind_and_a_counted_digit_are_read() {
    String phrase = "(?<=^|\\n|[.!?\"] )\\d{1,2} (?:січня|лютого)";
    assertThat(hits(phrase, "12 січня обмін. 3 лютого теж, а 4 лютого ні")).containsExactly(new Span(0, 8),
        new Span(16, 24));
  }

  @Test
  void a_phrase_inside_compound_words_gives_the_whole_word() {
    String text = "der Gefangenenaustausch und ein Austauschprogramm, nicht Tauschen";
    assertThat(hits("[\\p{L}\\p{N}_]*austausch[\\p{L}\\p{N}_]*", text.toLowerCase()))
        .containsExactly(new Span(4, 23), new Span(32, 49));
    assertThat(hits("[\\p{L}\\p{N}_]+(?:ará|erá)", "liberará será erá")).containsExactly(new Span(0, 8),
        new Span(9, 13));
  }

  @Test
  void a_phrase_that_opens_with_a_word_ending_is_found_once_beside_the_others() {
    List<Span> found = new PhraseIndex(List.of(List.of("\\p{L}* of the", "most"))).scan("most of the men").spans(0);
    assertThat(found).containsExactly(new Span(0, 4), new Span(0, 11));
  }

  static List<String> packs() {
    return LanguagePacks.shipped().codes().stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("packs")
  void every_lexicon_finds_what_its_phrases_match_as_regular_expressions(String code) {
    LanguagePack pack = LanguagePacks.shipped().expect(code);
    List<Lexicon> lexicons = pack.indexed();
    List<String> words = vocabulary(lexicons);
    Random random = new Random(code.hashCode());
    for (int round = 0; round < 40; round++) {
      String text = randomText(words, random);
      TextHits hits = pack.hits(text);
      for (Lexicon lex : lexicons) {
        if (lex.phrases().isEmpty()) {
          continue;
        }
        TreeMap<Integer, Integer> expected = regexHits(lex, text);
        TreeMap<Integer, TreeSet<Integer>> found = new TreeMap<>();
        for (Span s : hits.spans(lex.id())) {
          found.computeIfAbsent(s.start(), k -> new TreeSet<>()).add(s.end());
        }
        assertThat(found.keySet()).as("%s %s starts in %s", code, lex.key(), text).isEqualTo(expected.keySet());
        expected.forEach((start, end) -> assertThat(found.get(start)).as("%s %s at %d in %s", code, lex.key(),
            start, text).contains(end));
      }
    }
  }

  /** Where the lexicon's phrases, as one regular expression, match at a word start, and the end of each. */
  private static TreeMap<Integer, Integer> regexHits(Lexicon lex, String text) {
    Pattern p = Pattern.compile("(?:" + String.join("|", lex.phrases()) + ")" + Expansion.WORD_END);
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    TreeMap<Integer, Integer> out = new TreeMap<>();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt() && m.end() > i) {
        out.put(i, m.end());
      }
    }
    return out;
  }

  /** The literal forms of the pack's phrases, and their words, with the wildcards filled in. */
  private static List<String> vocabulary(List<Lexicon> lexicons) {
    List<String> out = new ArrayList<>(List.of("12", "3", "2024", "a", "the", "x", "і", "и", "по", "за"));
    for (Lexicon lex : lexicons) {
      for (String phrase : lex.phrases()) {
        for (String w : phrase.replaceAll("\\\\p\\{\\w+\\}|\\\\[a-zA-Z]", " ").split("[^\\p{L}\\p{N}']+")) {
          if (!w.isEmpty()) {
            out.add(w); // the words of the regular-expression parts, so that tails can match
          }
        }
        List<Expansion.Variant> variants = Expansion.of(phrase);
        if (variants == null) {
          continue;
        }
        for (Expansion.Variant v : variants.subList(0, Math.min(6, variants.size()))) {
          String literal = v.literal().replace(Expansion.WORD_REST, 'e') + (v.openEnd() ? "en" : "");
          out.add(v.infix() > 0 ? "ge" + literal : literal);
          out.addAll(List.of(literal.split(" ")));
        }
      }
    }
    return out;
  }

  private static final String[] SEPARATORS = {" ", " ", " ", ", ", ". ", "\n", " (", ") ", "-", "\"", ""};

  private static String randomText(List<String> words, Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 5 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(words.get(random.nextInt(words.size())));
      sb.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
    }
    return Lexicon.lower(sb.toString());
  }
}
