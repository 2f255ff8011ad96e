package org.swapledger.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.swapledger.extract.English;
import org.swapledger.model.Actor;
import org.swapledger.model.Mention.ActorMention;

class ActorFinderTest {
  private final ActorFinder finder = new ActorFinder(English.GAZETTEER);

  private List<ActorMention> find(String text) {
    return finder.find(text);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "Zelensky, Volodymyr Zelensky", "Zelenskyy, Volodymyr Zelensky", "Zelenskiy, Volodymyr Zelensky",
      "Зеленського, Volodymyr Zelensky", "Lubinets, Dmytro Lubinets", "Loubinets, Dmytro Lubinets",
      "Лубінця, Dmytro Lubinets", "Andrii Yermak, Andriy Yermak", "Moskalkova, Tatyana Moskalkova",
      "Medinsky, Vladimir Medinsky", "Budanov, Kyrylo Budanov", "Kiev, Ukraine", "Kyiv, Ukraine",
      "Moscow, Russia", "Minsk, Belarus", "Emirati, United Arab Emirates"})
  void knows_aliases_and_transliterations(String alias, String canonical) {
    String text = "Statement by " + alias + " on the swap";

    assertThat(find(text)).extracting(m -> m.span().of(text), m -> m.actor().name())
        .containsExactly(tuple(alias, canonical));
  }

  @Test
  void prefers_the_longest_alias() {
    String text = "Russia's Defense Ministry said 248 men were freed.";

    assertThat(find(text)).extracting(m -> m.span().of(text), m -> m.actor().name(), m -> m.actor().kind())
        .containsExactly(tuple("Russia's Defense Ministry", "Russian Ministry of Defence", Actor.Kind.BODY));
  }

  @Test
  void reads_the_full_name_of_the_coordination_headquarters() {
    String text = "the Coordination Headquarters for the Treatment of Prisoners of War said";

    assertThat(find(text)).extracting(m -> m.span().of(text), m -> m.actor().name())
        .containsExactly(tuple("Coordination Headquarters for the Treatment of Prisoners of War",
            "Coordination Headquarters for the Treatment of Prisoners of War"));
  }

  @Test
  void matches_short_all_capital_aliases_only_in_capitals() {
    String text = "Let us thank the UAE, not the uae or the us, said an AP reporter, not ap.";

    assertThat(find(text)).extracting(m -> m.span().of(text), m -> m.actor().name())
        .containsExactly(tuple("UAE", "United Arab Emirates"), tuple("AP", "Associated Press"));
  }

  @Test
  void matches_longer_aliases_in_any_case() {
    String text = "ZELENSKY and zelenskyy";

    assertThat(find(text)).extracting(m -> m.actor().name())
        .containsExactly("Volodymyr Zelensky", "Volodymyr Zelensky");
  }

  @Test
  void does_not_match_inside_longer_words() {
    assertThat(find("Russians and Ukrainians, Kyivan streets, Moscowite cafes")).isEmpty();
  }

  @Test
  void gives_sides_to_people_and_none_to_mediators() {
    List<ActorMention> found = find("Moskalkova thanked Zelensky and the UAE.");

    assertThat(found).extracting(m -> m.actor().side())
        .containsExactly(org.swapledger.model.Side.RUSSIA, org.swapledger.model.Side.UKRAINE, null);
  }

  @Test
  void finds_nothing_in_empty_text() {
    assertThat(find("")).isEmpty();
  }
}
