package org.swapledger.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = LanguageDetector.shipped();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "en | Ukraine and Russia said on Wednesday that they had exchanged 230 and 248 prisoners of war.",
      "en | Prisoner swap brings home 90 Ukrainians",
      "uk | Україна повернула додому 207 захисників, які були в російському полоні.",
      "ru | Россия и Украина провели обмен пленными, из плена вернулись 195 военнослужащих.",
      "de | Die Ukraine und Russland haben nach eigenen Angaben Gefangene ausgetauscht.",
      "fr | La Russie et l'Ukraine ont échangé des prisonniers de guerre selon les autorités.",
      "es | Rusia y Ucrania intercambiaron prisioneros de guerra con la mediación de los Emiratos.",
      "pl | Ukraina i Rosja przeprowadziły wymianę jeńców, w której uwolniono żołnierzy.",
      "it | La Russia e l'Ucraina hanno scambiato prigionieri di guerra secondo il ministero."})
  void tells_the_languages_of_the_coverage_apart(String expected, String text) {
    assertThat(detector.detect(text)).isEqualTo(expected);
  }

  @Test
  void calls_text_without_letters_english() {
    assertThat(detector.detect("")).isEqualTo("en");
    assertThat(detector.detect("2024-01-31 17:05 230/248")).isEqualTo("en");
  }

  @Test
  void reads_only_the_start_of_a_long_text() {
    String text = "The swap was confirmed by both sides. ".repeat(200) + "Україна повернула додому. ".repeat(2000);

    assertThat(detector.detect(text)).isEqualTo("en");
  }
}
