package org.swapledger.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.swapledger.extract.English;
import org.swapledger.extract.actor.ActorFinder;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.segment.SentenceSplitter;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.model.Actor;
import org.swapledger.model.Sentence;

class AttributionFinderTest {
  private final AttributionFinder finder = new AttributionFinder(English.PACK);
  private final SentenceSplitter splitter = new SentenceSplitter(English.PACK.abbreviations());
  private final ActorFinder actors = new ActorFinder(English.GAZETTEER);

  /** Who the finder says speaks the first occurrence of {@code figure} in {@code text}; null for no one. */
  private @Nullable String speakerOf(String text, String figure) {
    NormalizedText n = English.normalized(text);
    String t = n.text();
    List<Sentence> sentences = splitter.split(n);
    Attributions a = finder.find(English.PACK.hits(Lexicon.lower(t)), sentences, actors.find(t));
    int at = t.indexOf(figure);
    Sentence s = sentences.stream().filter(x -> x.span().contains(at)).findFirst().orElseThrow();
    Actor speaker = a.speakerAt(s, at);
    return speaker == null ? null : speaker.name();
  }

  @Test
  void credits_the_subject_of_said() {
    assertThat(speakerOf("Zelensky said 230 people came home.", "230")).isEqualTo("Volodymyr Zelensky");
  }

  @Test
  void credits_the_speaker_after_said_at_the_end() {
    assertThat(speakerOf("Some 230 people came home, said Lubinets.", "230")).isEqualTo("Dmytro Lubinets");
  }

  @Test
  void credits_according_to() {
    assertThat(speakerOf("According to Lubinets, 230 people came home.", "230")).isEqualTo("Dmytro Lubinets");
  }

  @Test
  void credits_a_quote_to_the_speaker_after_it() {
    assertThat(speakerOf("\"We brought 230 of our people home,\" Yermak said.", "230"))
        .isEqualTo("Andriy Yermak");
  }

  @Test
  void credits_a_quote_to_the_speaker_before_it() {
    assertThat(speakerOf("Yermak wrote on Telegram: \"230 of our people are home.\"", "230"))
        .isEqualTo("Andriy Yermak");
  }

  @Test
  void credits_a_relayed_statement_to_its_originator() {
    assertThat(speakerOf("TASS quoted the Russian Defence Ministry as saying that 248 servicemen were freed.",
        "248")).isEqualTo("Russian Ministry of Defence");
  }

  @Test
  void credits_an_outlet_citing_the_ministry_to_the_ministry() {
    assertThat(speakerOf("RIA Novosti, citing Russia's Defence Ministry, reported 195 soldiers had returned.",
        "195")).isEqualTo("Russian Ministry of Defence");
  }

  @Test
  void credits_an_outlet_report_citing_the_ministry_after_it_to_the_ministry() {
    assertThat(speakerOf("The freed men were swapped for 90 Russian troops, TASS reported, citing the Russian "
        + "Defence Ministry.", "90")).isEqualTo("Russian Ministry of Defence");
  }

  @Test
  void credits_an_outlet_reporting_on_its_own_to_the_outlet() {
    assertThat(speakerOf("The freed men were swapped for 90 Russian troops, TASS reported on Friday.", "90"))
        .isEqualTo("TASS");
  }

  @Test
  void credits_the_subject_of_a_later_verb_not_the_source_of_an_earlier_according_to() {
    assertThat(speakerOf("According to the Russian Defence Ministry, 195 were freed on each side, but Kyiv claims "
        + "that 207 came home.", "207")).isEqualTo("Ukraine");
  }

  @Test
  void credits_a_relative_clause_to_the_side_it_hangs_on() {
    assertThat(speakerOf("Forty-five fighters came home after a swap with Russia, which said three pilots were "
        + "freed.", "three")).isEqualTo("Russia");
  }

  @Test
  void a_relative_clause_does_not_attribute_what_stands_before_it() {
    assertThat(speakerOf("Forty-five fighters came home after a swap with Russia, which said three pilots were "
        + "freed.", "Forty-five")).isNull();
  }

  @Test
  void credits_he_added_to_the_last_person_who_spoke() {
    assertThat(speakerOf("Lubinets said the exchange was the 50th. He added that 207 people came home.", "207"))
        .isEqualTo("Dmytro Lubinets");
  }

  @Test
  void gives_a_joint_voice_to_no_one() {
    assertThat(speakerOf("Officials said 90 people were exchanged.", "90")).isNull();
  }

  @Test
  void gives_an_unattributed_sentence_to_the_outlet() {
    assertThat(speakerOf("Ninety people were exchanged on Tuesday.", "Ninety")).isNull();
  }

  @Test
  void credits_a_quote_closed_in_the_next_paragraph_to_the_speaker_after_it() {
    assertThat(speakerOf("TASS carried the statement. \"After long talks, 150 Russian servicemen were returned home.\n"
        + "In return, 150 Ukrainian prisoners were handed over,\" the Russian Defence Ministry said.", "150 Russian"))
        .isEqualTo("Russian Ministry of Defence");
  }

  @Test
  void pairs_quotation_marks_within_a_paragraph() {
    String text = "He said \"we are home\" and \"thank you\".\n\"Unclosed quote running to the end of the line";
    NormalizedText n = English.normalized(text);

    assertThat(AttributionFinder.quotes(n.text(), splitter.split(n))).extracting(q -> q.span().of(n.text()))
        .containsExactly("\"we are home\"", "\"thank you\"", "\"Unclosed quote running to the end of the line");
  }
}
