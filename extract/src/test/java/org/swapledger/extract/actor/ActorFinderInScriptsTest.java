package org.swapledger.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gazetteer names in every script and case form map to one canonical English name. */
class ActorFinderInScriptsTest {
  private static final ActorFinder FINDER = new ActorFinder(Gazetteer.shipped());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      повідомив Зеленський                                     | Volodymyr Zelensky
      заявил Зеленский                                         | Volodymyr Zelensky
      poinformował Zełenski                                    | Volodymyr Zelensky
      sagte Selenskyj                                          | Volodymyr Zelensky
      за словами Єрмака                                        | Andriy Yermak
      омбудсмена Дмитра Лубінця                                | Dmytro Lubinets
      у Координаційному штабі з питань поводження              | Coordination Headquarters for the Treatment of Prisoners of War
      повідомляє Коордштаб                                     | Coordination Headquarters for the Treatment of Prisoners of War
      сообщили в Минобороны РФ                                 | Russian Ministry of Defence
      сказали в Министерстве обороны                           | Russian Ministry of Defence
      a annoncé le ministère russe de la Défense               | Russian Ministry of Defence
      informó el Ministerio de Defensa de Rusia                | Russian Ministry of Defence
      przy udziale Zjednoczonych Emiratów Arabskich            | United Arab Emirates
      при посредничестве ОАЭ                                   | United Arab Emirates
      за посередництва Об'єднаних Арабських Еміратів           | United Arab Emirates
      находятся на территории Белоруссии                       | Belarus
      написала Москалькова                                     | Tatyana Moskalkova
      """)
  void names_the_actor_in_english(String text, String canonical) {
    assertThat(FINDER.find(text)).extracting(m -> m.actor().name()).contains(canonical);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Координаційн* штаб* | Координаційного штабу
      Міністерств* оборони Росії | Міністерства оборони Росії
      """)
  void a_star_inside_an_alias_matches_any_ending(String alias, String text) {
    assertThat(text).matches(ActorFinder.stemRegex(alias));
  }
}
