package org.swapledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.swapledger.extract.actor.ActorFinder;
import org.swapledger.extract.date.DateFinder;
import org.swapledger.extract.language.LanguageDetector;
import org.swapledger.extract.number.NumberFinder;
import org.swapledger.extract.quote.AttributionFinder;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.extract.quote.Attributions;
import org.swapledger.extract.quote.SpeechFrame;
import org.swapledger.extract.report.ReportExtractor;
import org.swapledger.extract.segment.SentenceSplitter;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.extract.text.TextNormalizer;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.Mention;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.Mention.NumberMention;
import org.swapledger.model.Sentence;
import org.swapledger.model.Span;

/**
 * The contract every stage keeps, whatever the input (after Lucene's BaseTokenStreamTestCase): on empty, random,
 * broken and huge text it returns without throwing, and every span it returns lies inside the text it was given.
 */
class StageContractTest {
  private static final TextNormalizer NORMALIZER = new TextNormalizer(English.PACK);
  private static final SentenceSplitter SPLITTER = new SentenceSplitter(English.PACK.abbreviations());
  private static final NumberFinder NUMBERS = new NumberFinder(English.PACK);
  private static final DateFinder DATES = new DateFinder(English.PACK);
  private static final ActorFinder ACTORS = new ActorFinder(English.GAZETTEER);
  private static final AttributionFinder ATTRIBUTION = new AttributionFinder(English.PACK);
  private static final ReportExtractor REPORTS = new ReportExtractor(English.PACK);
  private static final LanguageDetector DETECTOR = LanguageDetector.shipped();
  private static final ArticlePipeline PIPELINE = ArticlePipeline.shipped();
  private static final Set<String> LANGUAGES = Set.of("en", "uk", "ru", "bg", "de", "fr", "es", "pt", "pl", "it");

  static List<String> fixedInputs() {
    return List.of("", " ", "\n", "\n\n\n", ".", "\"", "\u201C", "\uD800", "\uDC00\uD800", "\u0301", "\u0000",
        "1", "999999999999999999999", "2,828,", ",,,", "17:05:", "Jan.", "May", "on", "said", "\"\"\"\"",
        "a\u0301\u0301\u0301\u0301", "\r\n\r\n", "More than", "Zelensky said", "\u201CQuote without end");
  }

  @ParameterizedTest(name = "fixed input #{index}")
  @MethodSource("fixedInputs")
  void every_stage_keeps_its_contract_on_edge_inputs(String text) {
    checkAllStages(text, LocalDate.of(2024, 1, 4));
    checkAllStages(text, null);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.swapledger.extract.RandomText#seeds")
  void every_stage_keeps_its_contract_on_random_text(long seed) {
    Random r = new Random(seed);
    String text = RandomText.of(r, 3000);
    LocalDate published = r.nextBoolean() ? null : LocalDate.of(2022, 2, 24).plusDays(r.nextInt(1800));
    checkAllStages(text, published);
  }

  @Test
  void every_stage_keeps_its_contract_on_a_huge_line() {
    String text = RandomText.hugeLine(new Random(42), 1_000_000);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checkAllStages(text, LocalDate.of(2024, 1, 31)));
  }

  @Test
  void every_stage_keeps_its_contract_on_huge_random_unicode() {
    String text = RandomText.codePoints(new Random(7), 500_000);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> checkAllStages(text, LocalDate.of(2024, 1, 31)));
  }

  private static void checkAllStages(String original, LocalDate published) {
    String language = DETECTOR.detect(original);
    assertThat(language).isIn(LANGUAGES);

    NormalizedText normalized = NORMALIZER.normalize(original);
    checkNormalized(original, normalized);
    String text = normalized.text();

    List<Sentence> sentences = SPLITTER.split(normalized);
    checkSentences(text, sentences);

    List<NumberMention> numbers = NUMBERS.find(text);
    checkMentions(text, numbers);
    for (NumberMention n : numbers) {
      assertThat(n.value()).isBetween(0L, 10_000_000L);
      if (n.qualifierSpan() != null) {
        assertInBounds(text, n.qualifierSpan());
        assertThat(n.qualifierSpan().end()).isLessThanOrEqualTo(n.span().start());
      }
    }

    List<DateMention> dates = DATES.find(text, published);
    checkMentions(text, dates);
    assertThat(dates).allSatisfy(d -> assertThat(d.date().date().getYear()).isBetween(1900, 2200));
    assertNoOverlaps(dates);

    List<ActorMention> actors = ACTORS.find(text);
    checkMentions(text, actors);
    assertNoOverlaps(actors);

    TextHits hits = English.PACK.hits(Lexicon.lower(text));
    assertThat(hits.text()).hasSameSizeAs(text);
    Attributions attributions = ATTRIBUTION.find(hits, sentences, actors);
    checkMentions(text, attributions.quotes());
    for (Sentence s : sentences) {
      for (SpeechFrame f : attributions.frames(s.index())) {
        assertThat(s.span().contains(f.verb())).as("speech verb %s inside its sentence %s", f.verb(), s).isTrue();
      }
      attributions.speakerAt(s, s.span().start());
      attributions.speakerAt(s, s.span().end() - 1);
    }

    ReportExtractor.Result result = REPORTS.extract(new ReportExtractor.Input(hits.text(), published, sentences,
        numbers, dates, actors, attributions, hits));
    checkReports(text, result.exchanges(), result.cumulative());

    String id = "random";
    ArticleExtraction x = PIPELINE.extract(new Article(id, null, null, published, original));
    assertThat(x.language()).isEqualTo(language);
    checkReports(original, x.exchanges(), x.cumulative());
  }

  private static void checkNormalized(String original, NormalizedText n) {
    assertThat(n.original()).isSameAs(original);
    int[] map = n.toOriginal();
    if (map == null) {
      assertThat(n.text()).hasSize(original.length());
    } else {
      assertThat(map).hasSize(n.text().length() + 1);
      assertThat(map[0]).isZero();
      assertThat(map[map.length - 1]).isEqualTo(original.length());
      for (int i = 1; i < map.length; i++) {
        assertThat(map[i]).as("offset map is monotonic at %d", i).isGreaterThanOrEqualTo(map[i - 1]);
      }
    }
    assertThat(n.toOriginal(new Span(0, n.text().length()))).isEqualTo(new Span(0, original.length()));
    n.boilerplate().forEach(s -> assertInBounds(n.text(), s));
  }

  private static void checkSentences(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    int previousParagraph = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertInBounds(text, s.span());
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.span().length()).isPositive();
      assertThat(s.span().start()).as("sentences in order, not overlapping").isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.paragraph()).isGreaterThanOrEqualTo(previousParagraph);
      assertThat(Character.isWhitespace(text.charAt(s.span().start()))).as("trimmed start").isFalse();
      assertThat(Character.isWhitespace(text.charAt(s.span().end() - 1))).as("trimmed end").isFalse();
      previousEnd = s.span().end();
      previousParagraph = s.paragraph();
    }
  }

  private static void checkMentions(String text, List<? extends Mention> mentions) {
    Span previous = null;
    for (Mention m : mentions) {
      assertInBounds(text, m.span());
      if (previous != null) {
        assertThat(m.span().start()).as("mentions in text order").isGreaterThanOrEqualTo(previous.start());
      }
      previous = m.span();
    }
  }

  private static void assertNoOverlaps(List<? extends Mention> mentions) {
    for (int i = 1; i < mentions.size(); i++) {
      assertThat(mentions.get(i).span().overlaps(mentions.get(i - 1).span())).as("overlap at %d", i).isFalse();
    }
  }

  /** Every figure points into the text; its number lies inside its evidence and is written there. */
  public static void checkReports(String text, List<ExchangeReport> exchanges, List<CumulativeReport> totals) {
    for (ExchangeReport r : exchanges) {
      for (Figure f : r.figures()) {
        assertInBounds(text, f.evidence());
        assertInBounds(text, f.number());
        assertThat(f.evidence().contains(f.number())).isTrue();
        assertWritten(f.number().of(text), f.count());
      }
      if (r.ordinalEvidence() != null) {
        assertInBounds(text, r.ordinalEvidence());
      }
    }
    for (CumulativeReport c : totals) {
      assertInBounds(text, c.evidence());
      assertInBounds(text, c.number());
      assertThat(c.evidence().contains(c.number())).isTrue();
      assertWritten(c.number().of(text), c.count());
    }
  }

  /** A figure written in plain digits ("2,828") has the value it says; words and scales are checked elsewhere. */
  private static void assertWritten(String written, long count) {
    assertThat(written).isNotBlank();
    if (written.matches("[0-9][0-9,\u00A0\u202F]*")) {
      assertThat(Long.parseLong(written.replaceAll("[^0-9]", ""))).as("count of '%s'", written).isEqualTo(count);
    }
  }

  public static void assertInBounds(String text, Span span) {
    assertThat(span.end()).as("span %s inside a text of %d", span, text.length()).isLessThanOrEqualTo(text.length());
  }
}
