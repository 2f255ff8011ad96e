package org.swapledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.Mention.NumberMention;
import org.swapledger.model.Sentence;

/**
 * Throughput of each extract stage alone, as the pipeline runs it (phrases: lexicons and actor aliases in one
 * pass; actors: read from those hits), on one thread, in MB of article text per CPU-second: where the time of
 * {@code ArticlePipeline.extract} goes, without a profiler's attribution. The inputs of each stage are computed
 * once beforehand. Usage: {@code java -cp benchmarks.jar -Dswapledger.bench.corpus=... StageThroughput [PASSES]}.
 */
public final class StageThroughput {
  private StageThroughput() {}

  /** Everything the stages read for one article, computed once. */
  private record Prepared(Article article, LanguagePack pack, NormalizedText normalized, String lower,
      List<Sentence> sentences, TextHits hits, List<NumberMention> numbers, List<DateMention> dates,
      List<ActorMention> actors, Attributions attributions) {}

  /** The stages of one pack, as the pipeline builds them. */
  private record Stages(PhraseIndex phrases, TextNormalizer normalizer, SentenceSplitter splitter, NumberFinder numbers, DateFinder dates,
      AttributionFinder attribution, ReportExtractor reports) {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Corpus corpus = Corpus.load();
    LanguagePacks packs = LanguagePacks.shipped();
    LanguageDetector detector = LanguageDetector.shipped();
    ActorFinder actors = new ActorFinder(Gazetteer.shipped());
    Map<String, Stages> stages = new LinkedHashMap<>();
    List<Prepared> prepared = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < corpus.articles.size(); i++) {
      Article a = corpus.articles.get(i);
      String code = detector.detect(a.text());
      if (!packs.codes().contains(code)) {
        continue;
      }
      LanguagePack p = packs.expect(code);
      Stages st = stages.computeIfAbsent(code, c -> new Stages(p.indexWith(actors.phraseGroups()), new TextNormalizer(p),
          new SentenceSplitter(p), new NumberFinder(p), new DateFinder(p), new AttributionFinder(p),
          new ReportExtractor(p)));
      NormalizedText n = st.normalizer().normalize(a.text());
      String lower = Lexicon.lower(n.text());
      List<Sentence> sentences = st.splitter().split(n);
      TextHits hits = st.phrases().scan(lower);
      List<NumberMention> numbers = st.numbers().findLower(lower, hits);
      List<DateMention> dates = st.dates().find(n.text(), lower, a.published(), hits);
      List<ActorMention> found = actors.find(n.text(), hits, p.indexSize());
      prepared.add(new Prepared(a, p, n, lower, sentences, hits, numbers, dates, found,
          st.attribution().find(hits, sentences, found)));
      bytes += corpus.bytes[i];
    }
    Map<String, Function<Prepared, Object>> timed = new LinkedHashMap<>();
    timed.put("language", x -> detector.detect(x.article().text()));
    timed.put("normalize", x -> stages.get(x.pack().code()).normalizer().normalize(x.article().text()));
    timed.put("lowercase", x -> Lexicon.lower(x.normalized().text()));
    timed.put("sentences", x -> stages.get(x.pack().code()).splitter().split(x.normalized()));
    timed.put("phrases", x -> stages.get(x.pack().code()).phrases().scan(x.lower()));
    timed.put("numbers", x -> stages.get(x.pack().code()).numbers().findLower(x.lower(), x.hits()));
    timed.put("dates", x -> stages.get(x.pack().code()).dates().find(x.normalized().text(), x.lower(),
        x.article().published(), x.hits()));
    timed.put("actors", x -> actors.find(x.normalized().text(), x.hits(), x.pack().indexSize()));
    timed.put("attribution", x -> stages.get(x.pack().code()).attribution().find(x.hits(), x.sentences(),
        x.actors()));
    timed.put("report", x -> stages.get(x.pack().code()).reports().extract(new ReportExtractor.Input(x.lower(),
        x.article().published(), x.sentences(), x.numbers(), x.dates(), x.actors(), x.attributions(), x.hits())));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double mb = bytes / 1e6;
    for (int pass = 0; pass <= passes; pass++) {
      StringBuilder line = new StringBuilder(pass == 0 ? "warm-up" : "pass " + pass).append(String.format(
          " (%.1f MB, %d articles):", mb, prepared.size()));
      double total = 0;
      for (var e : timed.entrySet()) {
        long before = mx.getCurrentThreadCpuTime();
        int sink = 0;
        for (Prepared x : prepared) {
          sink += System.identityHashCode(e.getValue().apply(x)) & 1;
        }
        double seconds = (mx.getCurrentThreadCpuTime() - before) / 1e9 + (sink < 0 ? 1 : 0);
        total += seconds;
        line.append(String.format(" %s %.1f", e.getKey(), mb / seconds));
      }
      line.append(String.format(" | all stages %.2f MB/s per CPU-second", mb / total));
      System.out.println(line);
    }
  }
}
