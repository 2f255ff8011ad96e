package org.swapledger.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagePacksTest {

  @Test
  void every_supported_language_ships_a_pack() {
    assertThat(LanguagePacks.shipped().codes()).containsExactlyInAnyOrderElementsOf(LanguagePacks.SUPPORTED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"uk", "ru", "fr", "de", "es", "pt", "pl", "it"})
  void every_pack_names_itself_and_defines_every_required_lexicon(String code) {
    LanguagePack p = LanguagePacks.shipped().expect(code);
    assertThat(p.code()).isEqualTo(code);
    for (String key : LanguagePack.LEXICONS) {
      assertThat(p.lexicon(key).key()).isEqualTo("lexicon." + key);
    }
  }

  @Test
  void lexicon_stems_end_in_any_script() {
    LanguagePack uk = LanguagePacks.shipped().expect("uk");
    assertThat(uk.lexicon("side_ukraine").in("230 українських військовополонених")).isTrue();
    assertThat(uk.lexicon("people").in("повернулися 42 захисники")).isTrue();
  }

  @Test
  void captor_adjective_is_not_the_side_of_the_people() {
    LanguagePack ru = LanguagePacks.shipped().expect("ru");
    assertThat(ru.lexicon("side_ukraine").in("вернулись из украинского плена")).isFalse();
    assertThat(ru.lexicon("side_ukraine").in("переданы 195 украинских пленных")).isTrue();
  }

  @Test
  void movable_feasts_are_read_as_dates() {
    LanguagePack uk = LanguagePacks.shipped().expect("uk");
    assertThat(uk.holidays().get("великдень")).contains(LocalDate.of(2023, 4, 16));
  }

  @Test
  void a_pack_without_joiners_joins_number_words_with_hyphens_and_spaces() {
    assertThat(parse(minimal("")).numberJoiners()).containsExactly("-", " ");
  }

  @Test
  void a_broken_pattern_names_the_file_and_key() {
    String yaml = minimal("").replace("people: [\"люди\"]", "people: [\"люд(и\"]");
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(PackException.class)
        .hasMessageContaining("lang/xx.yaml")
        .hasMessageContaining("lexicon.people");
  }

  @Test
  void a_missing_lexicon_names_the_key() {
    String yaml = minimal("").replace("  speech: [\"сказав\"]\n", "");
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(PackException.class).hasMessageContaining("lexicon.speech");
  }

  @Test
  void a_holiday_that_is_not_a_date_names_the_key() {
    assertThatThrownBy(() -> parse(minimal("holidays: {великдень: [\"16 квітня\"]}\n")))
        .isInstanceOf(PackException.class).hasMessageContaining("holidays.великдень");
  }

  private static LanguagePack parse(String yaml) {
    return LanguagePacks.parse("lang/xx.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The smallest valid pack: one word for each role. */
  private static String minimal(String extra) {
    StringBuilder sb = new StringBuilder("""
        code: xx
        name: Test
        abbreviations: [р]
        boilerplate: ["^реклама$"]
        captions: ["фото:"]
        numbers: {words: {два: 2}, scales: {тисяча: 1000}, vague: ["сотні"]}
        qualifiers: {more_than: ["понад"]}
        months: {січня: 1}
        weekdays: {середу: 3}
        relative_days: {сьогодні: 0}
        month_frames: ["у"]
        """);
    sb.append(extra);
    sb.append("lexicon:\n");
    for (String key : LanguagePack.LEXICONS) {
      sb.append("  ").append(key).append(key.equals("people") ? ": [\"люди\"]\n"
          : key.equals("speech") ? ": [\"сказав\"]\n" : ": [\"слово\"]\n");
    }
    return sb.toString();
  }
}
