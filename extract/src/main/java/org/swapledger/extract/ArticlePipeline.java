package org.swapledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.swapledger.extract.actor.ActorFinder;
import org.swapledger.extract.actor.Gazetteer;
import org.swapledger.extract.date.DateFinder;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.LanguagePacks;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.PhraseIndex;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.extract.language.LanguageDetector;
import org.swapledger.extract.number.NumberFinder;
import org.swapledger.extract.quote.AttributionFinder;
import org.swapledger.extract.quote.Attributions;
import org.swapledger.extract.report.ReportExtractor;
import org.swapledger.extract.segment.SentenceSplitter;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.extract.text.TextNormalizer;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.Mention.NumberMention;
import org.swapledger.model.Sentence;

/** Runs the per-article stages in order. Thread-safe: one instance serves all worker threads. */
public final class ArticlePipeline {
  /** The stages in order, with versions stored beside every output; bump a version when a stage's output changes. */
  public static final List<Stage> STAGES = List.of(
      new Stage("text", 1), new Stage("segment", 2), new Stage("language", 1), new Stage("number", 1),
      new Stage("date", 1), new Stage("actor", 1), new Stage("quote", 2), new Stage("report", 5));

  /** A named, versioned stage. */
  public record Stage(String name, int version) {
    @Override
    public String toString() {
      return name + "@" + version;
    }
  }

  private final LanguagePacks packs;
  private final LanguageDetector detector;
  private final ActorFinder actors;
  private final Map<String, LanguageStages> byLanguage = new ConcurrentHashMap<>();

  /** The stages built for one language pack. */
  private record LanguageStages(LanguagePack pack, PhraseIndex phrases, TextNormalizer normalizer,
      SentenceSplitter splitter, NumberFinder numbers, DateFinder dates, AttributionFinder attribution,
      ReportExtractor reports) {
    /** The stages of one pack; its index holds the gazetteer's aliases too, so that one pass finds all phrases. */
    static LanguageStages of(LanguagePack p, ActorFinder actors) {
      return new LanguageStages(p, p.indexWith(actors.phraseGroups()), new TextNormalizer(p),
          new SentenceSplitter(p), new NumberFinder(p), new DateFinder(p), new AttributionFinder(p),
          new ReportExtractor(p));
    }
  }

  public ArticlePipeline(LanguagePacks packs, Gazetteer gazetteer, LanguageDetector detector) {
    this.packs = packs;
    this.detector = detector;
    this.actors = new ActorFinder(gazetteer);
    for (String code : packs.codes()) {
      byLanguage.put(code, LanguageStages.of(packs.expect(code), actors));
    }
  }

  /** The pipeline over the packs and gazetteer shipped in the jar. */
  public static ArticlePipeline shipped() {
    return new ArticlePipeline(LanguagePacks.shipped(), Gazetteer.shipped(), LanguageDetector.shipped());
  }

  /** A version string of the whole pipeline: "text@1,segment@1,...". */
  public static String version() {
    return String.join(",", STAGES.stream().map(Stage::toString).toList());
  }

  public ArticleExtraction extract(Article article) {
    String language = detector.detect(article.text());
    LanguageStages st = byLanguage.get(language);
    if (st == null) {
      return new ArticleExtraction(article, language, List.of(), List.of());
    }
    NormalizedText normalized = st.normalizer().normalize(article.text());
    String text = normalized.text();
    String lower = Lexicon.lower(text); // lexicons match lowercased text; offsets are the same
    List<Sentence> sentences = st.splitter().split(normalized);
    TextHits hits = st.phrases().scan(lower); // every lexicon phrase and actor alias, found in one pass
    List<NumberMention> numbers = st.numbers().findLower(lower, hits);
    List<DateMention> dates = st.dates().find(text, lower, article.published(), hits);
    List<ActorMention> found = actors.find(text, hits, st.pack().indexSize());
    Attributions attributions = st.attribution().find(hits, sentences, found);
    ReportExtractor.Result result = st.reports().extract(new ReportExtractor.Input(lower, article.published(),
        sentences, numbers, dates, found, attributions, hits));
    return new ArticleExtraction(article, language, toOriginal(normalized, result.exchanges()),
        toOriginalTotals(normalized, result.cumulative()));
  }

  private static List<ExchangeReport> toOriginal(NormalizedText n, List<ExchangeReport> reports) {
    if (n.toOriginal() == null) {
      return reports;
    }
    List<ExchangeReport> out = new ArrayList<>();
    for (ExchangeReport r : reports) {
      List<Figure> figures = r.figures().stream().map(f -> new Figure(f.direction(), f.count(), f.qualifier(),
          f.source(), n.toOriginal(f.evidence()), n.toOriginal(f.number()), f.additional())).toList();
      out.add(new ExchangeReport(r.date(), figures, r.mediators(), r.ordinal(),
          r.ordinalEvidence() == null ? null : n.toOriginal(r.ordinalEvidence()), r.location(), r.inPassing()));
    }
    return out;
  }

  private static List<CumulativeReport> toOriginalTotals(NormalizedText n, List<CumulativeReport> totals) {
    if (n.toOriginal() == null) {
      return totals;
    }
    return totals.stream().map(c -> new CumulativeReport(c.side(), c.count(), c.qualifier(), c.asOf(), c.source(),
        n.toOriginal(c.evidence()), n.toOriginal(c.number()))).toList();
  }
}
