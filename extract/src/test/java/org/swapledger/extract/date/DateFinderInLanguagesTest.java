package org.swapledger.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swapledger.extract.lang.LanguagePacks;
import org.swapledger.model.Mention.DateMention;

/** Dates, weekdays in their case forms, relative days and feasts, resolved against the publication date. */
class DateFinderInLanguagesTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | 3 січня 2024 року відбувся обмін              | 2024-01-10 | 2024-01-03
      uk | обмін 03.01.2024                              | 2024-01-10 | 2024-01-03
      uk | у середу повернулися додому                   | 2024-01-04 | 2024-01-03
      uk | сьогодні повернулися                          | 2024-01-31 | 2024-01-31
      uk | На Великдень додому повертаються              | 2023-04-17 | 2023-04-16
      uk | уряд13 жовтня стало відомо                    | 2022-10-26 | 2022-10-13
      uk | у суботу, 14 вересня, повернули               | 2024-09-14 | 2024-09-14
      ru | 3 января вернулись                            | 2024-01-10 | 2024-01-03
      ru | в среду прошел обмен                          | 2024-01-04 | 2024-01-03
      ru | вчера вернулись                               | 2024-02-01 | 2024-01-31
      fr | le 14 septembre 2024                          | 2024-09-20 | 2024-09-14
      fr | samedi, la Russie a annoncé                   | 2024-09-15 | 2024-09-14
      de | am 7. August kamen frei                       | 2024-01-03 | 2023-08-07
      de | am Mittwoch vollzogen                         | 2024-01-04 | 2024-01-03
      es | el 14 de agosto                               | 2025-08-20 | 2025-08-14
      es | el miércoles                                  | 2024-01-04 | 2024-01-03
      pt | neste sábado                                  | 2025-04-20 | 2025-04-19
      pl | 13 września odbyła się wymiana                | 2024-09-20 | 2024-09-13
      pl | w środę                                       | 2024-01-04 | 2024-01-03
      it | il 10 aprile                                  | 2023-04-11 | 2023-04-10
      it | ieri                                          | 2023-04-11 | 2023-04-10
      """)
  void resolves_against_the_publication_date(String code, String text, String published, String expected) {
    List<DateMention> found = new DateFinder(LanguagePacks.shipped().expect(code)).find(text,
        LocalDate.parse(published));
    assertThat(found).extracting(d -> d.date().toString()).contains(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | у травні                  | 2024-06-10
      ru | в мае                     | 2024-06-10
      pl | w maju                    | 2024-06-10
      ru | на прошлой неделе         | 2024-06-03
      uk | минулого тижня            | 2024-06-03
      fr | la semaine dernière       | 2024-06-05
      """)
  void a_month_alone_or_last_week_is_only_a_month(String code, String text, String published) {
    List<DateMention> found = new DateFinder(LanguagePacks.shipped().expect(code)).find(text,
        LocalDate.parse(published));
    assertThat(found).extracting(d -> d.date().toString()).containsExactly("2024-05");
  }
}
