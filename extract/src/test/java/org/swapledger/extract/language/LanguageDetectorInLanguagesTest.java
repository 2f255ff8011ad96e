package org.swapledger.extract.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short headlines and one-line leads, including Cyrillic pairs that share most letters. */
class LanguageDetectorInLanguagesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | Україна повернула з полону ще 95 захисників, повідомив Зеленський
      uk | Відбувся п'ятий обмін полоненими
      ru | Россия и Украина провели обмен пленными по формуле 50 на 50
      ru | Из украинского плена вернулись 82 российских военнослужащих
      fr | La Russie et l'Ukraine ont échangé plus de 200 prisonniers selon Moscou
      de | Die Ukraine und Russland haben erneut Gefangene ausgetauscht
      es | Rusia y Ucrania intercambian 84 prisioneros de guerra, según el Ministerio
      pt | Rússia e Ucrânia trocam prisioneiros de guerra com mediação dos Emirados
      pl | Rosja i Ukraina wymieniły się kolejną grupą jeńców
      it | Russia e Ucraina hanno scambiato i prigionieri di guerra, secondo Kiev
      en | Russia and Ukraine swapped 195 prisoners of war on Wednesday
      """)
  void tells_the_language(String code, String text) {
    assertThat(LanguageDetector.shipped().detect(text)).isEqualTo(code);
  }
}
