package org.swapledger.extract.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swapledger.extract.lang.LanguagePacks;
import org.swapledger.extract.text.TextNormalizer;
import org.swapledger.model.Mention.NumberMention;

/** Counts in words and digits, with their qualifiers, in every supported language. */
class NumberFinderInLanguagesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | повернулися двісті тридцять захисників          | 230  | EXACT
      uk | серед двохсот тридцяти звільнених               | 230  | EXACT
      uk | звільнили сімох полонених                       | 7    | EXACT
      uk | понад 2 000 українців                           | 2000 | MORE_THAN
      uk | більше ніж 8 тисяч громадян                     | 8000 | MORE_THAN
      uk | близько 1.200 полонених                         | 1200 | ABOUT
      uk | повернули п’ятьох бійців                        | 5    | EXACT
      uk | повернули пʼятьох бійців                        | 5    | EXACT
      uk | майже 2,5 тис. українців                        | 2500 | NEARLY
      ru | возвращены двести военнослужащих                | 200  | EXACT
      ru | вернулись двухсот сорока восьми бойцов          | 248  | EXACT
      ru | более 80 российских военнослужащих              | 80   | MORE_THAN
      ru | свыше 1 200 пленных                             | 1200 | MORE_THAN
      ru | около 2,4 тысячи человек                        | 2400 | ABOUT
      ru | общее число составило 4 349                     | 4349 | EXACT
      fr | plus de trois cents prisonniers                 | 300  | MORE_THAN
      fr | quatre-vingt-dix soldats                        | 90   | EXACT
      fr | vingt et un civils                              | 21   | EXACT
      fr | près de 1 300 prisonniers                       | 1300 | NEARLY
      de | mehr als zweihundertdreißig Gefangene           | 230  | MORE_THAN
      de | fünfundzwanzig Soldaten                         | 25   | EXACT
      de | knapp 2.600 Ukrainer                            | 2600 | NEARLY
      es | más de cuatrocientos prisioneros                | 400  | MORE_THAN
      es | unos cincuenta combatientes                     | 50   | ABOUT
      es | treinta y cinco soldados                        | 35   | EXACT
      es | 3.035 ucranianos                                | 3035 | EXACT
      pt | mais de duzentos prisioneiros                   | 200  | MORE_THAN
      pt | cerca de trinta e cinco militares               | 35   | ABOUT
      pl | ponad czterdziestu dwóch żołnierzy              | 42   | MORE_THAN
      pl | blisko 1 200 jeńców                             | 1200 | NEARLY
      it | oltre trentacinque soldati                      | 35   | MORE_THAN
      it | quasi duecento prigionieri                      | 200  | NEARLY
      """)
  void reads_the_count_and_its_qualifier(String code, String text, long value, String qualifier) {
    List<NumberMention> found = find(code, text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).isEqualTo(value);
    assertThat(found.get(0).qualifier().name()).isEqualTo(qualifier);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      it | 106 militari russi
      uk | 8 тисяч громадян
      """)
  void a_scale_word_counts_once_and_only_with_its_whole_stem(String code, String text) {
    assertThat(find(code, text)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | сотні полонених
      ru | десятки пленных
      fr | des centaines de prisonniers
      pl | kilkudziesięciu jeńców
      """)
  void vague_amounts_are_no_counts(String code, String text) {
    assertThat(find(code, text)).allSatisfy(n -> assertThat(n.value()).isZero());
  }

  private static List<NumberMention> find(String code, String text) {
    var pack = LanguagePacks.shipped().expect(code);
    String normalized = new TextNormalizer(pack).normalize(text).text();
    return new NumberFinder(pack).find(normalized);
  }
}
