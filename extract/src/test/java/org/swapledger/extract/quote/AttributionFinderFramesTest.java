package org.swapledger.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.swapledger.extract.actor.ActorFinder;
import org.swapledger.extract.actor.Gazetteer;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.LanguagePacks;
import org.swapledger.extract.segment.SentenceSplitter;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.extract.text.TextNormalizer;
import org.swapledger.model.Actor;
import org.swapledger.model.Sentence;

/** Speech frames in the orders Ukrainian and Russian news use them. */
class AttributionFinderFramesTest {

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      uk | Додому повернулися 42 захисники. Про це повідомив голова Офісу президента Андрій Єрмак.         | 42    | Andriy Yermak               | a backward frame credits the sentence before
      ru | В ответ Киеву отдали 300 пленных украинских военных, сообщило Минобороны РФ.                     | 300   | Russian Ministry of Defence | an inverted frame credits the body after the verb
      ru | Москалькова опубликовала видео. — Наши ребята вернулись домой, 35 человек, — написала она.      | 35    | Tatyana Moskalkova          | a pronoun after the verb is the last person named
      es | Según Dmytro Lubinets, 3.035 ucranianos regresaron a su país.                                  | 3.035 | Dmytro Lubinets             | a relay credits the speaker it names
      """)
  void credits_the_speaker(String code, String text, String number, String speaker, String rule) {
    assertThat(speakerOf(code, text, number)).as(rule).isEqualTo(speaker);
  }

  private static String speakerOf(String code, String text, String number) {
    LanguagePack pack = LanguagePacks.shipped().expect(code);
    NormalizedText n = new TextNormalizer(pack).normalize(text);
    var sentences = new SentenceSplitter(pack.abbreviations()).split(n);
    var actors = new ActorFinder(Gazetteer.shipped()).find(n.text());
    Attributions a = new AttributionFinder(pack).find(pack.hits(Lexicon.lower(n.text())), sentences, actors);
    int at = n.text().indexOf(number);
    Sentence s = sentences.stream().filter(x -> x.span().contains(at)).findFirst().orElseThrow();
    Actor speaker = a.speakerAt(s, at);
    return speaker == null ? null : speaker.name();
  }
}
