package org.swapledger.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.swapledger.extract.actor.ActorFinder;
import org.swapledger.extract.actor.Gazetteer;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.LanguagePacks;
import org.swapledger.extract.segment.SentenceSplitter;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.extract.text.TextNormalizer;
import org.swapledger.model.Actor;
import org.swapledger.model.Sentence;

/** Speech frames in the orders Ukrainian and Russian news use them. */
class AttributionFinderFramesTest {

  @Test
  void a_backward_frame_credits_the_sentence_before() {
    String text = "Додому повернулися 42 захисники. Про це повідомив голова Офісу президента Андрій Єрмак.";
    assertThat(speakerOf("uk", text, "42")).isEqualTo("Andriy Yermak");
  }

  @Test
  void an_inverted_frame_after_a_comma_credits_the_body_after_the_verb() {
    String text = "Взамен были переданы 300 пленных солдат Вооруженных сил Украины, сообщило Минобороны РФ.";
    assertThat(speakerOf("ru", text, "300")).isEqualTo("Russian Ministry of Defence");
  }

  @Test
  void a_pronoun_after_the_verb_is_the_last_person_named() {
    String text = "Москалькова опубликовала видео. — Наши ребята вернулись домой, 35 человек, — написала она.";
    assertThat(speakerOf("ru", text, "35")).isEqualTo("Tatyana Moskalkova");
  }

  @Test
  void a_relay_credits_the_speaker_it_names() {
    String text = "Según Dmytro Lubinets, 3.035 ucranianos regresaron a su país.";
    assertThat(speakerOf("es", text, "3.035")).isEqualTo("Dmytro Lubinets");
  }

  private static String speakerOf(String code, String text, String number) {
    LanguagePack pack = LanguagePacks.shipped().expect(code);
    NormalizedText n = new TextNormalizer(pack).normalize(text);
    var sentences = new SentenceSplitter(pack.abbreviations()).split(n);
    var actors = new ActorFinder(Gazetteer.shipped()).find(n.text());
    Attributions a = new AttributionFinder(pack).find(n.text(), sentences, actors);
    int at = n.text().indexOf(number);
    Sentence s = sentences.stream().filter(x -> x.span().contains(at)).findFirst().orElseThrow();
    Actor speaker = a.speakerAt(s, at);
    return speaker == null ? null : speaker.name();
  }
}
