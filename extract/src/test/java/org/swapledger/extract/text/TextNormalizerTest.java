package org.swapledger.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swapledger.extract.English;
import org.swapledger.model.Span;

class TextNormalizerTest {
  private final TextNormalizer normalizer = new TextNormalizer(English.PACK);

  @Test
  void folds_typographic_quotes_and_dashes_one_for_one() {
    NormalizedText n = normalizer.normalize("\u201CThey are home\u201D \u2014 Zelensky\u2019s office, 2022\u20132024");

    assertThat(n.text()).isEqualTo("\"They are home\" - Zelensky's office, 2022-2024");
    assertThat(n.toOriginal()).isNull();
  }

  @Test
  void folds_guillemets_and_no_break_spaces() {
    NormalizedText n = normalizer.normalize("\u00ABWe got 1\u00A0200 back\u00BB");

    assertThat(n.text()).isEqualTo("\"We got 1 200 back\"");
  }

  @Test
  void turns_carriage_returns_and_line_separators_into_line_breaks() {
    assertThat(normalizer.normalize("Headline\r\nBody\u2028More").text()).isEqualTo("Headline\n\nBody\nMore");
  }

  @Test
  void composes_decomposed_letters_and_maps_offsets_back() {
    String original = "Zelenskyi\u0306 said 230 people are home."; // "й" written as "и" + combining breve
    NormalizedText n = normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("Zelenskyĭ said 230 people are home.");
    Span inText = new Span(n.text().indexOf("230"), n.text().indexOf("230") + 3);
    Span back = n.toOriginal(inText);
    assertThat(back.of(original)).isEqualTo("230");
    assertThat(n.toOriginal(new Span(0, n.text().length()))).isEqualTo(new Span(0, original.length()));
  }

  @Test
  void maps_a_composed_cyrillic_letter_back_to_its_whole_original_cluster() {
    String original = "Зеленськии\u0306 повернув 207 людей";
    NormalizedText n = normalizer.normalize(original);

    assertThat(n.text()).isEqualTo("Зеленський повернув 207 людей");
    int i = n.text().indexOf('й');
    assertThat(n.toOriginal(new Span(i, i + 1)).of(original)).isEqualTo("и\u0306");
  }

  @Test
  void marks_page_furniture_lines_as_boilerplate() {
    String text = "Skip to content\nUkraine got 90 people back on Tuesday.\nAlso read: Russia shells Kharkiv\nAdvertisement";
    NormalizedText n = normalizer.normalize(text);

    assertThat(n.boilerplate()).extracting(s -> s.of(n.text()))
        .containsExactly("Skip to content", "Also read: Russia shells Kharkiv", "Advertisement");
    assertThat(n.isBoilerplate(text.indexOf("Ukraine"))).isFalse();
    assertThat(n.isBoilerplate(0)).isTrue();
  }

  @Test
  void keeps_an_empty_text_empty() {
    NormalizedText n = normalizer.normalize("");

    assertThat(n.text()).isEmpty();
    assertThat(n.boilerplate()).isEmpty();
    assertThat(n.toOriginal(new Span(0, 0))).isEqualTo(new Span(0, 0));
  }
}
