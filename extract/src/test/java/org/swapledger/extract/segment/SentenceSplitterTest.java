package org.swapledger.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.extract.English;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.model.Sentence;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(English.PACK.abbreviations());

  private List<String> sentences(String text) {
    NormalizedText n = English.normalized(text);
    return splitter.split(n).stream().map(s -> s.span().of(n.text())).toList();
  }

  @Test
  void splits_at_full_stops_before_capitals() {
    assertThat(sentences("Ukraine got 207 people back. Russia said it received 195."))
        .containsExactly("Ukraine got 207 people back.", "Russia said it received 195.");
  }

  @Test
  void a_german_ordinal_full_stop_before_a_month_or_an_exchange_ends_no_sentence() {
    SentenceSplitter german = new SentenceSplitter(org.swapledger.extract.lang.LanguagePacks.shipped().expect("de"));
    NormalizedText n = English.normalized("Am 3. Januar kamen 230 Soldaten frei. Es war der 49. Gefangenenaustausch. "
        + "Die Zahl lag bei 230. Der Austausch dauerte Stunden.");
    assertThat(german.split(n).stream().map(s -> s.span().of(n.text())).toList()).containsExactly(
        "Am 3. Januar kamen 230 Soldaten frei.", "Es war der 49. Gefangenenaustausch.", "Die Zahl lag bei 230.",
        "Der Austausch dauerte Stunden.");
  }

  @Test
  void does_not_split_after_a_month_abbreviation() {
    assertThat(sentences("The swap took place on Jan. 31 near the border. Both sides confirmed it."))
        .containsExactly("The swap took place on Jan. 31 near the border.", "Both sides confirmed it.");
  }

  @Test
  void does_not_split_inside_dotted_initialisms() {
    assertThat(sentences("Officials in the U.S. State Department welcomed the swap. Kyiv thanked the UAE."))
        .containsExactly("Officials in the U.S. State Department welcomed the swap.", "Kyiv thanked the UAE.");
  }

  @Test
  void does_not_split_after_a_title() {
    assertThat(sentences("Mr. Lubinets said 230 people came home. He thanked the Emirates."))
        .containsExactly("Mr. Lubinets said 230 people came home.", "He thanked the Emirates.");
  }

  @Test
  void does_not_split_after_an_initial() {
    assertThat(sentences("Gen. K. Budanov confirmed the figure. The swap was the 53rd."))
        .containsExactly("Gen. K. Budanov confirmed the figure.", "The swap was the 53rd.");
  }

  @Test
  void keeps_a_decimal_number_whole() {
    assertThat(sentences("Some 2.5 thousand people are still held. Talks go on."))
        .containsExactly("Some 2.5 thousand people are still held.", "Talks go on.");
  }

  @Test
  void a_headline_without_full_stop_is_its_own_sentence() {
    NormalizedText n = English.normalized("Ukraine and Russia swap 207 and 195 prisoners\n\n"
        + "Kyiv said on Wednesday that 207 people came home.");
    List<Sentence> s = splitter.split(n);

    assertThat(s).hasSize(2);
    assertThat(s.get(0).span().of(n.text())).isEqualTo("Ukraine and Russia swap 207 and 195 prisoners");
    assertThat(s.get(0).headline()).isTrue();
    assertThat(s.get(0).paragraph()).isEqualTo(0);
    assertThat(s.get(1).headline()).isFalse();
    assertThat(s.get(1).paragraph()).isEqualTo(1);
    assertThat(s.get(1).index()).isEqualTo(1);
  }

  @Test
  void closes_a_sentence_after_the_closing_quote() {
    assertThat(sentences("\u201CWe are bringing our people home.\u201D Zelensky called it the 50th swap."))
        .containsExactly("\"We are bringing our people home.\"", "Zelensky called it the 50th swap.");
  }

  @Test
  void splits_after_question_and_exclamation_marks() {
    assertThat(sentences("Who mediated? The Emirates did! Kyiv agreed."))
        .containsExactly("Who mediated?", "The Emirates did!", "Kyiv agreed.");
  }

  @Test
  void does_not_split_before_a_lower_case_word() {
    assertThat(sentences("About 90 p.m. arrivals were counted. none were wounded."))
        .containsExactly("About 90 p.m. arrivals were counted. none were wounded.");
  }

  @Test
  void skips_blank_and_boilerplate_lines() {
    assertThat(sentences("Skip to content\n\n   \nUkraine got 90 back.\nAdvertisement"))
        .containsExactly("Ukraine got 90 back.");
  }

  @Test
  void finds_no_sentence_in_empty_text() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences("\n\n  \n")).isEmpty();
  }
}
