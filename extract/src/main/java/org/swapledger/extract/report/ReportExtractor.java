package org.swapledger.extract.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.Anchored;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.extract.quote.Attributions;
import org.swapledger.model.Actor;
import org.swapledger.model.CumulativeReport;
import org.swapledger.model.Direction;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Mention.DateKind;
import org.swapledger.model.Mention.DateMention;
import org.swapledger.model.Mention.NumberMention;
import org.swapledger.model.Mentions;
import org.swapledger.model.PartialDate;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Sentence;
import org.swapledger.model.Side;
import org.swapledger.model.Span;

/**
 * The exchange facts of one article: which exchanges it reports (its own and earlier ones mentioned in passing),
 * each with its figures per direction, source and evidence, mediators, ordinal and location, plus running totals.
 * One rule per construction class; every rule reads its words from the language pack.
 */
public final class ReportExtractor {
  /** A main-exchange date more than this many days before publication is an earlier exchange. */
  static final int MAIN_DATE_WINDOW_DAYS = 14;
  /** Running totals below this are per-exchange figures said with "in total" or "so far". */
  static final long MIN_CUMULATIVE = 300;
  /** Counts from this size up, said with "a total of", are running totals rather than one swap's figure. */
  static final long LARGE_CUMULATIVE = 1000;

  private final Lexicon people;
  private final Lexicon composition;
  private final Lexicon notPeople;
  private final Lexicon sideUa;
  private final Lexicon sideRu;
  private final Lexicon heldByRussia;
  private final Lexicon heldByUkraine;
  private final Lexicon ownSide;
  private final Lexicon receive;
  private final Lexicon give;
  private final Lexicon symmetric;
  private final Lexicon exchange;
  private final Lexicon swap;
  private final Lexicon plan;
  private final Lexicon pastExchange;
  private final Lexicon continuation;
  private final Lexicon currentExchange;
  private final Lexicon subcount;
  private final Lexicon additional;
  private final Lexicon cumulative;
  private final Lexicon cumulativeTrap;
  private final Lexicon mediation;
  private final Lexicon location;
  private final Lexicon ordinalTrap;
  private final Lexicon ordinalScope;
  private final Lexicon ordinalPrefix;
  private final Lexicon since;
  private final Lexicon joint;
  private final Lexicon numbered;
  private final Lexicon partitive;
  private final Lexicon npEnd;
  private final Lexicon clauseBreak;
  private final Lexicon coordination;
  private final Lexicon cumulativeLarge;
  private final Lexicon aggregate;
  private final Lexicon captions;
  private final Lexicon vague;
  private final Pattern ordinalDigits;
  private final @Nullable Pattern ordinalWords;
  private final Lexicon ordinalWordStarts;
  private final Map<String, Integer> ordinalWordValues;

  public ReportExtractor(LanguagePack pack) {
    people = pack.lexicon("people");
    composition = pack.lexicon("composition");
    notPeople = pack.lexicon("not_people");
    sideUa = pack.lexicon("side_ukraine");
    sideRu = pack.lexicon("side_russia");
    heldByRussia = pack.lexicon("held_by_russia");
    heldByUkraine = pack.lexicon("held_by_ukraine");
    ownSide = pack.lexicon("own_side");
    receive = pack.lexicon("receive_verbs");
    give = pack.lexicon("give_verbs");
    symmetric = pack.lexicon("symmetric");
    exchange = pack.lexicon("exchange");
    swap = pack.lexicon("swap");
    plan = pack.lexicon("plan");
    pastExchange = pack.lexicon("past_exchange");
    continuation = pack.lexicon("continuation");
    currentExchange = pack.lexicon("current_exchange");
    subcount = pack.lexicon("subcount");
    additional = pack.lexicon("additional");
    cumulative = pack.lexicon("cumulative");
    cumulativeTrap = pack.lexicon("cumulative_trap");
    mediation = pack.lexicon("mediation");
    location = pack.lexicon("location");
    ordinalTrap = pack.lexicon("ordinal_trap");
    ordinalScope = pack.lexicon("ordinal_scope");
    ordinalPrefix = pack.lexicon("ordinal_prefix");
    since = pack.lexicon("since");
    joint = pack.lexicon("joint");
    numbered = pack.lexicon("numbered");
    partitive = pack.lexicon("partitive");
    npEnd = pack.lexicon("np_end");
    clauseBreak = pack.lexicon("clause_break");
    coordination = pack.lexicon("coordination");
    cumulativeLarge = pack.lexicon("cumulative_large");
    aggregate = pack.lexicon("aggregate");
    captions = pack.captions();
    vague = pack.vague();
    String suffix = pack.ordinalSuffix().isEmpty() ? "(?!)" : pack.ordinalSuffix();
    ordinalDigits = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,3})(?:" + Lexicon.lowerLiterals(suffix)
        + ")(?![\\p{L}\\p{N}])");
    ordinalWordValues = pack.ordinalWords();
    ordinalWordStarts = pack.ordinalWordStarts();
    ordinalWords = ordinalWordValues.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])("
        + String.join("|", ordinalWordValues.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
  }

  /** What the text says, in offsets of {@code text}. */
  public record Result(List<ExchangeReport> exchanges, List<CumulativeReport> cumulative) {}

  /**
   * Everything the earlier stages found in one article.
   *
   * @param text the normalized text lowercased one char for one (the lexicons match lowercased text)
   */
  public record Input(String text, @Nullable LocalDate published, List<Sentence> sentences,
      List<NumberMention> numbers, List<DateMention> dates, List<ActorMention> actors, Attributions attributions,
      TextHits hits) {}

  /** One article being read: the input with its mentions grouped by sentence, built once. */
  private static final class Doc {
    final Input in;
    final List<List<NumberMention>> numbers;
    final List<List<DateMention>> dates;
    final List<List<ActorMention>> actors;

    Doc(Input in) {
      this.in = in;
      this.numbers = Mentions.bySentence(in.sentences(), in.numbers());
      this.dates = Mentions.bySentence(in.sentences(), in.dates());
      this.actors = Mentions.bySentence(in.sentences(), in.actors());
    }

    String text() {
      return in.text();
    }

    @Nullable LocalDate published() {
      return in.published();
    }

    List<Sentence> sentences() {
      return in.sentences();
    }

    List<DateMention> dates() {
      return in.dates();
    }

    Attributions attributions() {
      return in.attributions();
    }

    TextHits hits() {
      return in.hits();
    }

    List<NumberMention> numbersIn(Sentence s) {
      return numbers.get(s.index());
    }

    List<DateMention> datesIn(Sentence s) {
      return dates.get(s.index());
    }

    List<ActorMention> actorsIn(Sentence s) {
      return actors.get(s.index());
    }
  }

  /** Mutable while one article is read; becomes an {@link ExchangeReport}. */
  private static final class Draft {
    final @Nullable PartialDate date;
    final boolean inPassing;
    final List<Figure> figures = new ArrayList<>();
    /** Counts of one side coordinated in one sentence ("42 soldiers and two civilians"), head first. */
    final List<List<Figure>> components = new ArrayList<>();
    final Set<String> mediators = new java.util.LinkedHashSet<>();
    /** Who the figures' sources are, by name. */
    final Map<String, Actor> voices = new java.util.HashMap<>();
    /** Figures said in a side's name ("Ukraine said", "Moscow claimed"), not by a group ("Ukrainian officials"). */
    final Set<Figure> sideVoiced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    @Nullable Integer ordinal;
    @Nullable Span ordinalSpan;
    @Nullable String location;
    boolean mentioned;

    Draft(@Nullable PartialDate date, boolean inPassing) {
      this.date = date;
      this.inPassing = inPassing;
    }

    void add(Figure f, @Nullable Actor speaker, boolean sideName) {
      figures.add(f);
      if (f.source() != null && speaker != null) {
        voices.put(f.source(), speaker);
      }
      if (sideName) {
        sideVoiced.add(f);
      }
    }

    boolean hasFigure(Direction d) {
      return figures.stream().anyMatch(f -> f.direction() == d);
    }

    boolean worthKeeping() {
      return mentioned || !figures.isEmpty() || ordinal != null || !mediators.isEmpty();
    }

    ExchangeReport build() {
      List<Figure> kept = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Set<Figure> parts = partsOfStatedFigures();
      for (Figure f : figures) {
        if (parts.contains(f) || foldsIntoOfficial(f)) {
          continue;
        }
        if (f.direction() == Direction.TOTAL && figures.stream().anyMatch(o -> o.direction() != Direction.TOTAL
            && f.interval().low() <= o.count() && o.count() <= f.interval().high())) {
          continue; // a side-less count that restates one side's figure
        }
        String key = f.direction() + "|" + f.count() + "|" + f.qualifier() + "|" + f.source();
        if (seen.add(key)) {
          kept.add(f);
        }
      }
      return new ExchangeReport(date, kept, List.copyOf(mediators), ordinal, ordinalSpan, location, inPassing);
    }

    /**
     * A side's voice ("Ukraine said 230", "Moscow said it received 195") that paraphrases a named official of that
     * side who gives the same figure ("Lubinets: 230", the defence ministry's 195): the official's figure.
     */
    private boolean foldsIntoOfficial(Figure f) {
      Actor side = f.source() == null ? null : voices.get(f.source());
      if (side == null || !sideVoiced.contains(f) || side.side() == null) {
        return false;
      }
      return figures.stream().anyMatch(o -> o != f && o.direction() == f.direction() && o.count() == f.count()
          && o.source() != null && voices.containsKey(o.source()) && official(voices.get(o.source()), side.side()));
    }

    private static boolean official(Actor a, Side side) {
      return a.side() == side && (a.kind() == Actor.Kind.PERSON || a.kind() == Actor.Kind.BODY);
    }

    /**
     * Components that sum to a figure stated for their side are its sub-counts: "six came home ... four marines
     * and two civilians", or the head of the row itself ("230 people, 224 soldiers and six civilians").
     */
    private Set<Figure> partsOfStatedFigures() {
      Set<Figure> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (List<Figure> row : components) {
        long all = sum(row);
        Figure head = row.getFirst();
        if (all - head.count() == head.count()) {
          out.addAll(row.subList(1, row.size()));
          continue;
        }
        // the list may leave some out ("..., 19 border guards, one police officer"): it fits inside the figure
        boolean stated = figures.stream().anyMatch(f -> f.direction() == head.direction() && f.count() >= all
            && row.stream().noneMatch(r -> r == f));
        // two breakdowns of the same people: "23 women and 26 men ... 42 soldiers and seven civilians"
        boolean twice = components.stream().anyMatch(o -> o.getFirst().direction() == head.direction()
            && sum(o) == all && !counts(o).equals(counts(row)));
        if (stated || twice) {
          out.addAll(row);
        }
      }
      return out;
    }

    private static List<Long> counts(List<Figure> row) {
      return row.stream().map(Figure::count).sorted().toList();
    }

    private static long sum(List<Figure> row) {
      return row.stream().mapToLong(Figure::count).sum();
    }
  }

  public Result extract(Input input) {
    Doc in = new Doc(input);
    TextHits hits = in.hits();
    String text = in.text();
    PartialDate main = mainDate(in);
    Map<String, Draft> drafts = new LinkedHashMap<>();
    Draft mainDraft = new Draft(main, false);
    drafts.put(String.valueOf(main), mainDraft);
    List<CumulativeReport> totals = new ArrayList<>();
    Draft context = mainDraft;
    int contextParagraph = -1;
    for (Sentence s : in.sentences()) {
      int a = s.span().start();
      int b = s.span().end();
      if (hits.in(captions, a, b)) {
        continue;
      }
      boolean isPlan = hits.in(plan, a, b);
      boolean hasExchange = hits.in(exchange, a, b);
      boolean hasSwap = hits.in(swap, a, b);
      // which exchange this sentence speaks of
      DateMention anchor = passingAnchor(in, s, main, hasSwap, hasExchange,
          mainDraft.mentioned || !mainDraft.figures.isEmpty());
      boolean isCumulativeSentence = runningTotal(in, s);
      if (anchor != null && (!isPlan || hits.in(pastExchange, a, b)) && !isCumulativeSentence) {
        String key = anchor.date().toString();
        context = drafts.computeIfAbsent(key, k -> new Draft(anchor.date(), true));
        if (hasSwap) {
          context.mentioned = true;
        }
        contextParagraph = s.paragraph();
      } else if (context != mainDraft && !(s.paragraph() == contextParagraph && !hits.in(currentExchange, a, b))
          && !hits.in(continuation, a, Math.min(b, a + 25))) {
        context = mainDraft;
      } else if (context != mainDraft) {
        contextParagraph = s.paragraph();
      }
      if (hasSwap && !isPlan && context == mainDraft && !isCumulativeSentence) {
        mainDraft.mentioned = true;
      }
      mediators(in, s, context, isPlan);
      if (!hasExchange && !shortFollowUp(in, s)) {
        continue;
      }
      figures(in, s, context, totals, main);
      ordinal(in, s, context);
      location(in, s, context);
    }
    List<ExchangeReport> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      if (d.worthKeeping()) {
        out.add(d.build());
      }
    }
    return new Result(out, dedupe(totals));
  }

  /** A sentence that states a running total: a total marker and a count large enough to be one. */
  private boolean runningTotal(Doc in, Sentence s) {
    TextHits hits = in.hits();
    return in.hits().in(cumulative, s.span().start(), s.span().end()) && in.numbersIn(s).stream()
        .anyMatch(n -> n.value() >= MIN_CUMULATIVE && !insideDate(in, s, n.span())
            && !(n.value() >= 1900 && n.value() <= 2100 && !n.words()));
  }

  /**
   * A short sentence beside an exchange sentence of its paragraph: after it ("Our people are back. 207 of them.")
   * or leading into it ("230 of our people. Today they came home.").
   */
  private boolean shortFollowUp(Doc in, Sentence s) {
    if (s.span().length() > 80) {
      return false;
    }
    List<Sentence> all = in.sentences();
    return s.index() > 0 && exchangeInParagraph(in, all.get(s.index() - 1), s.paragraph())
        || s.index() + 1 < all.size() && exchangeInParagraph(in, all.get(s.index() + 1), s.paragraph());
  }

  private boolean exchangeInParagraph(Doc in, Sentence other, int paragraph) {
    return other.paragraph() == paragraph && in.hits().in(exchange, other.span().start(), other.span().end());
  }

  // ---- dates ----------------------------------------------------------------------------------------------

  /**
   * The day of the article's own exchange: the first date in a sentence about an exchange (not a past one) that
   * falls within two weeks before publication; else the publication date; else the first dated exchange sentence.
   */
  private @Nullable PartialDate mainDate(Doc in) {
    TextHits hits = in.hits();
    String text = in.text();
    LocalDate pub = in.published();
    PartialDate fallback = null;
    PartialDate weak = null;
    for (Sentence s : in.sentences()) {
      int a = s.span().start();
      int b = s.span().end();
      if (!hits.in(exchange, a, b) || hits.in(captions, a, b) || hits.in(plan, a, b)
          || hits.in(pastExchange, a, b) || runningTotal(in, s)) {
        continue;
      }
      for (DateMention d : in.datesIn(s)) {
        if (d.kind() == DateKind.EXPLICIT_MONTH || sinceOtherEvent(in, s, d)) {
          continue;
        }
        if (pub == null) {
          if (fallback == null && d.kind() == DateKind.EXPLICIT_DAY) {
            fallback = d.date();
          }
          continue;
        }
        long back = ChronoUnit.DAYS.between(d.date().date(), pub);
        if (back >= -1 && back <= MAIN_DATE_WINDOW_DAYS) {
          if (d.kind() == DateKind.RELATIVE && !d.date().date().equals(pub)) {
            if (weak == null) {
              weak = d.date();
            }
            continue;
          }
          return d.date();
        }
      }
    }
    if (pub != null) {
      return weak != null ? weak : PartialDate.day(pub);
    }
    return fallback;
  }

  /**
   * A date in the sentence that names an exchange other than the main one, or null. A day before the main one
   * said relatively ("the day before", «днем ранее») after the main exchange was reported is its previous stage.
   */
  private @Nullable DateMention passingAnchor(Doc in, Sentence s, @Nullable PartialDate main, boolean hasSwap,
      boolean hasExchange, boolean mainReported) {
    TextHits hits = in.hits();
    if (!hasExchange) {
      return null;
    }
    String text = in.text();
    boolean past = hits.in(pastExchange, s.span().start(), s.span().end());
    for (DateMention d : in.datesIn(s)) {
      if (mainReported && main != null && d.kind() == DateKind.RELATIVE && past && !main.monthOnly()
          && d.date().date().isBefore(main.date())) {
        return d; // "the day before, 5 March, 200 more came back": the previous stage, its own exchange
      }
      if (main != null && near(d.date(), main)) {
        return null;
      }
      if (sinceOtherEvent(in, s, d)) {
        continue; // "the first exchange since a plane crashed on Jan. 24": a comparison, no earlier exchange
      }
      if (d.kind() == DateKind.EXPLICIT_MONTH) {
        if (hasSwap && past) {
          return d;
        }
        continue;
      }
      if (d.kind() == DateKind.WEEKDAY) {
        continue;
      }
      boolean before = main == null || d.date().date().isBefore(main.date().minusDays(1));
      if (before && (past || hasSwap)) {
        return d;
      }
    }
    return null;
  }

  /**
   * A date that dates the event a "since" compares with, when that event is not an exchange: "the first exchange
   * since a plane crashed near Belgorod on Jan. 24" (but "since the exchange on 3 January" dates an exchange).
   */
  private boolean sinceOtherEvent(Doc in, Sentence s, DateMention d) {
    TextHits hits = in.hits();
    List<Span> found = hits.within(since, s.span().start(), d.span().start());
    if (found.isEmpty()) {
      return false;
    }
    Span last = found.get(found.size() - 1);
    return !hits.in(swap, last.end(), d.span().start()) && !hits.in(exchange, last.end(), d.span().start());
  }

  private static boolean near(PartialDate a, PartialDate b) {
    if (a.monthOnly() || b.monthOnly()) {
      return a.yearMonth().equals(b.yearMonth()) && a.monthOnly() && b.monthOnly();
    }
    return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= 1;
  }

  // ---- figures --------------------------------------------------------------------------------------------

  private void figures(Doc in, Sentence s, Draft draft, List<CumulativeReport> totals, @Nullable PartialDate main) {
    TextHits hits = in.hits();
    String text = in.text();
    int a = s.span().start();
    int b = s.span().end();
    List<NumberMention> nums = in.numbersIn(s);
    if (nums.isEmpty()) {
      return;
    }
    boolean isCumulative = hits.in(cumulative, a, b) && !hits.in(cumulativeTrap, a, b);
    boolean largeCumulative = hits.in(cumulativeLarge, a, b) && !hits.in(cumulativeTrap, a, b);
    int consumedUntil = -1;
    int peopleCounts = 0;
    Side previousSide = null;
    boolean previousExtra = false;
    boolean previousFurther = false;
    Figure lastFigure = null; // the one-sided figure the previous number became, if it did
    List<Figure> row = null;
    for (int i = 0; i < nums.size(); i++) {
      NumberMention n = nums.get(i);
      Figure previousFigure = lastFigure;
      lastFigure = null;
      if (n.span().start() < consumedUntil || insideDate(in, s, n.span()) || hits.in(vague, n.span().start(),
          n.span().end()) || (n.words() && n.value() == 1 && !(previousFigure != null && coordinated(hits, nums, i)))) {
        continue; // "one of them", "each and every one"; but "35 soldiers and one civilian" is a component
      }
      if (n.value() >= 1900 && n.value() <= 2100 && !n.words() && !text.substring(n.span().start(),
          n.span().end()).contains(",") && hits.startsAt(people, n.span().end()) < 0) {
        continue; // a year
      }
      boolean eachAfter = hits.startsAt(symmetric, n.span().end()) > 0;
      int headEnd = eachAfter ? n.span().end() : peopleHeadEnd(hits, n, b);
      boolean symmetricPair = false;
      NumberMention partner = i + 1 < nums.size() ? nums.get(i + 1) : null;
      if (partner != null && forPattern(text, n, partner)) {
        if (partner.value() != n.value()) {
          continue; // "a 4-to-5 swap": unequal, sides unknown
        }
        symmetricPair = true;
        consumedUntil = partner.span().end();
        headEnd = Math.max(Math.max(headEnd, peopleHeadEnd(hits, partner, b)), partner.span().end());
      }
      if (headEnd < 0) {
        headEnd = countedAfterNoun(hits, n, a);
      }
      if (headEnd < 0) {
        continue;
      }
      peopleCounts++;
      if (planNear(hits, n.span(), a, b)
          || hits.in(aggregate, Math.max(a, n.span().start() - 60), Math.min(b, n.span().end() + 40))) {
        continue; // a plan, or a sum over several days ("500 came home over two days")
      }
      Span np = new Span(n.span().start(), Math.min(b, Math.max(headEnd, n.span().end())));
      int phraseEnd = clauseEnd(hits, np.end(), Math.min(b, np.end() + 30));
      // the count's own people, not the next count's ("42 soldiers and seven civilians")
      int ownEnd = i + 1 < nums.size() ? Math.min(phraseEnd, Math.max(np.end(), nums.get(i + 1).span().start()))
          : phraseEnd;
      boolean composite = hits.in(composition, n.span().end(), ownEnd);
      if (hits.in(subcount, Math.max(a, n.span().start() - 22), n.span().start())) {
        continue; // "including six civilians"
      }
      boolean extra = additionalBefore(hits, a, n.span().start(), b);
      // a further group for the ledger to add ("a further 22", "Also, two civilians"), not the count's own
      // qualifier ("more than 200"); the looser 'extra' above also keeps such hedged counts from being read as
      // breakdowns, which the rules below rely on
      int own = n.qualifierSpan() != null ? n.qualifierSpan().start() : n.span().start();
      boolean further = additionalBefore(hits, a, own, Math.min(b, own));
      Actor speaker = in.attributions().speakerAt(s, n.span().start());
      boolean sym = symmetricPair || eachAfter || symmetricNear(hits, nums, i, a, b, phraseEnd);
      Side side = sym ? null : direction(in, s, n, np, speaker);
      // the other side's group of the same handover ("31 wounded Ukrainians in exchange for 15 wounded Russians"):
      // not a part of the count before it, and additional when that count is
      boolean counterpart = side != null && previousSide != null && side != previousSide
          && side == phraseSide(hits, n, np, b);
      extra |= counterpart && previousExtra;
      further |= counterpart && previousFurther;
      previousSide = side;
      previousExtra = extra;
      previousFurther = further;
      // "42 soldiers and two civilians": a component beside the count before it, not a part of it; the row is
      // dropped at the end if it sums to a figure stated for that side
      boolean component = !sym && !extra && !counterpart && previousFigure != null
          && coordinated(hits, nums, i) && (side == null || Direction.toSide(side) == previousFigure.direction());
      if (component) {
        side = Direction.TO_UKRAINE == previousFigure.direction() ? Side.UKRAINE : Side.RUSSIA;
      }
      if (peopleCounts > 1 && !counterpart && !component && !sym && listBreakdown(text, nums, i)) {
        continue; // "213 soldiers, 11 officers and six civilians"
      }
      if (composite && !extra && !component
          && (side == null ? !draft.figures.isEmpty() : draft.hasFigure(Direction.toSide(side)))) {
        continue; // a breakdown of a figure already stated for that side
      }
      if (side != null && hits.startsAt(partitive, n.span().end()) > 0 && largerStated(draft, side, n.value())) {
        continue; // "98 of the prisoners": part of the 106 already stated
      }
      if (n.value() >= MIN_CUMULATIVE && hits.in(cumulative, a, b) && hits.in(cumulativeTrap, a, b)) {
        continue; // "registered since 2014", "through UAE mediation": a total that is not ours to keep
      }
      if ((isCumulative && n.value() >= MIN_CUMULATIVE || largeCumulative && n.value() >= LARGE_CUMULATIVE) && !sym
          && !swapNounBefore(hits, n, a)) {
        Side cs = side != null ? side : speaker != null && speaker.side() != null ? speaker.side() : null;
        if (cs != null) {
          totals.add(new CumulativeReport(cs, n.value(), n.qualifier(), main, source(speaker), s.span(), n.span()));
        }
        continue;
      }
      String src = source(speaker);
      boolean sideName = sideName(in, s, speaker);
      if (sym) {
        draft.add(new Figure(Direction.TO_UKRAINE, n.value(), n.qualifier(), src, s.span(), n.span(), further),
            speaker, sideName);
        draft.add(new Figure(Direction.TO_RUSSIA, n.value(), n.qualifier(), src, s.span(), n.span(), further),
            speaker, sideName);
        continue;
      }
      if (side == null) {
        side = defaultSide(in, s, n, speaker);
      }
      if (side != null) {
        Figure f = new Figure(Direction.toSide(side), n.value(), n.qualifier(), src, s.span(), n.span(), further);
        draft.add(f, speaker, sideName);
        if (component) {
          if (row == null) {
            row = new ArrayList<>(List.of(previousFigure));
            draft.components.add(row);
          }
          row.add(f);
        } else {
          row = null;
        }
        lastFigure = f;
      } else if (hits.in(swap, a, b) || jointSubject(in, s, n)) {
        draft.add(new Figure(Direction.TOTAL, n.value(), n.qualifier(), src, s.span(), n.span()), speaker, sideName);
      }
    }
  }

  /**
   * The speaker is a side by its name ("Ukraine said", "Moscow claimed"), which speaks for its officials, not a
   * group named in the sentence ("Ukrainian officials said"), which is a voice of its own.
   */
  private boolean sideName(Doc in, Sentence s, @Nullable Actor speaker) {
    if (speaker == null || speaker.kind() != Actor.Kind.SIDE) {
      return false;
    }
    TextHits hits = in.hits();
    return in.actorsIn(s).stream().noneMatch(m -> m.actor().equals(speaker)
        && hits.in(joint, m.span().start(), m.span().end()));
  }

  /**
   * An additional-group word ("further", "also") in the 20 characters before {@code until}, or opening the sentence
   * at {@code a} ("Also, two civilians") before {@code limit}.
   */
  private boolean additionalBefore(TextHits hits, int a, int until, int limit) {
    return hits.in(additional, Math.max(a, until - 20), until) || hits.in(additional, a, Math.min(limit, a + 8));
  }

  private static boolean largerStated(Draft draft, Side side, long value) {
    return draft.figures.stream().anyMatch(f -> f.direction() == Direction.toSide(side) && f.count() > value);
  }

  /**
   * A count with no side of its own: when a swap verb governs it ("swapped 206 prisoners") it is a total;
   * otherwise a one-sided speaker's count of people released is their own people ("45 people were released,
   * Vereshchuk said").
   */
  private @Nullable Side defaultSide(Doc in, Sentence s, NumberMention n, @Nullable Actor speaker) {
    TextHits hits = in.hits();
    String text = in.text();
    int from = Math.max(s.span().start(), n.span().start() - 50);
    if (swapGoverns(hits, from, n.span().start()) || jointSubject(in, s, n)) {
      return null;
    }
    if (speaker != null && speaker.side() != null && speaker.kind() != Actor.Kind.SIDE) {
      return speaker.side();
    }
    return null;
  }

  /**
   * A swap word before the count that governs it ("swapped 206 prisoners", "an exchange of 200"), not one the count
   * stands in apposition to after a comma ("a new exchange, 84 people").
   */
  private boolean swapGoverns(TextHits hits, int from, int count) {
    List<Span> found = hits.within(swap, from, count);
    if (found.isEmpty()) {
      return false;
    }
    String text = hits.text();
    for (int i = found.getLast().end(); i < count; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ':' || c == ';') {
        return false;
      }
    }
    return true;
  }

  /**
   * A swap word at most two words before the count, with no punctuation between ("an exchange of more than 400
   * prisoners", "el intercambio de 200"): the count is that one swap's, whatever running-total words the sentence
   * also has ("..., the 50th since the invasion").
   */
  private boolean swapNounBefore(TextHits hits, NumberMention n, int sentenceStart) {
    int at = n.qualifierSpan() != null ? n.qualifierSpan().start() : n.span().start();
    List<Span> found = hits.within(swap, Math.max(sentenceStart, at - 30), at);
    if (found.isEmpty()) {
      return false;
    }
    String between = hits.text().substring(found.getLast().end(), at);
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      if (!Character.isLetter(c) && c != ' ' && c != '\'') {
        return false;
      }
    }
    return words(between) <= 2;
  }

  /** "Russia and Ukraine freed 200": both parties are the subject. */
  private boolean jointSubject(Doc in, Sentence s, NumberMention n) {
    TextHits hits = in.hits();
    Side seen = null;
    for (ActorMention m : in.actorsIn(s)) {
      if (m.span().end() <= n.span().start() && m.actor().side() != null && m.actor().kind() == Actor.Kind.SIDE) {
        if (seen != null && seen != m.actor().side()) {
          return true;
        }
        seen = m.actor().side();
      }
    }
    return false;
  }

  private static @Nullable String source(@Nullable Actor speaker) {
    if (speaker == null || speaker.kind() == Actor.Kind.PLACE) {
      return null;
    }
    return speaker.name();
  }

  private static boolean insideDate(Doc in, Sentence s, Span span) {
    TextHits hits = in.hits();
    for (DateMention d : in.datesIn(s)) {
      if (d.span().overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /** End of the people noun heading the number's phrase ("230 Ukrainian prisoners"), or -1. */
  private int peopleHeadEnd(TextHits hits, NumberMention n, int limit) {
    String text = hits.text();
    int from = n.span().end();
    int to = Math.min(limit, from + 70);
    List<Span> found = hits.within(people, from, to);
    if (found.isEmpty()) {
      return -1;
    }
    Span m = found.get(0);
    String between = text.substring(from, m.start());
    if (between.indexOf('.') >= 0 || between.indexOf(';') >= 0 || between.indexOf(':') >= 0
        || between.indexOf('"') >= 0 || between.indexOf(',') >= 0 || words(between) > 4) {
      return -1;
    }
    if (hits.in(notPeople, from, m.start() + 1) || hits.startsAt(notPeople, m.end()) > 0) {
      return -1;
    }
    return m.end();
  }

  /** "the freed men numbered 248": a people noun and a verb of number right before the count. */
  private int countedAfterNoun(TextHits hits, NumberMention n, int sentenceStart) {
    String text = hits.text();
    int start = n.qualifierSpan() != null ? n.qualifierSpan().start() : n.span().start();
    int verb = hits.lastEndingAt(numbered, start);
    if (verb < 0 || verb < sentenceStart) {
      return -1;
    }
    return hits.in(people, Math.max(sentenceStart, verb - 40), verb) ? n.span().end() : -1;
  }

  /** The number of words in {@code s}, as split on runs of white space. */
  private static int words(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static final Pattern FOR = Pattern.compile("-?\\s*(?:for|to|on|на|за|pour|por|per|für|gegen|za|x|×|-)\\s*-?");
  /** Longer than any joiner {@link #FOR} matches, with the white space around it. */
  private static final int FOR_GAP = 24;

  /** "25-for-25", "50 for 50", "107 на 107": two counts joined by a short "for". */
  private static boolean forPattern(String text, NumberMention n, NumberMention next) {
    if (next.span().start() - n.span().end() > FOR_GAP) {
      return false;
    }
    String between = text.substring(n.span().end(), next.span().start()).trim().toLowerCase(java.util.Locale.ROOT);
    return FOR.matcher(between).matches() || between.equals("-");
  }

  /**
   * A symmetric word that speaks of this count: no other count stands between them ("206 were swapped, 103 on each
   * side": "each side" is the 103's), and a side word on the count's people comes before it ("195 Russian soldiers
   * were exchanged for the same number of Ukrainians"), not after it.
   */
  private boolean symmetricNear(TextHits hits, List<NumberMention> nums, int i, int a, int b, int phraseEnd) {
    NumberMention n = nums.get(i);
    int before = i > 0 ? nums.get(i - 1).span().end() : a;
    int after = i + 1 < nums.size() ? nums.get(i + 1).span().start() : b;
    int from = Math.max(Math.max(a, before), n.span().start() - 30);
    int to = Math.min(Math.min(b, after), n.span().end() + 100);
    int start = n.span().end();
    for (Span h : hits.within(symmetric, from, to)) {
      if (!sided(hits, start, phraseEnd)) {
        return true;
      }
      if (h.start() >= start && sided(hits, start, Math.min(phraseEnd, h.start()))
          && !sided(hits, h.end(), Math.max(h.end(), phraseEnd))) {
        return true;
      }
    }
    return false;
  }

  private boolean sided(TextHits hits, int from, int to) {
    return hits.in(sideUa, from, to) || hits.in(sideRu, from, to);
  }

  private boolean planNear(TextHits hits, Span number, int a, int b) {
    String text = hits.text();
    return hits.in(plan, Math.max(a, number.start() - 60), Math.min(b, number.end() + 35));
  }

  /**
   * Two counts joined only by a comma or "and" after the first one's people ("12 soldiers and 14 civilians"), not
   * by a colon, bracket or dash that opens a breakdown of the first.
   */
  private boolean coordinated(TextHits hits, List<NumberMention> nums, int i) {
    String text = hits.text();
    if (i == 0) {
      return false;
    }
    Span prev = nums.get(i - 1).span();
    Span next = nums.get(i).qualifierSpan() != null ? nums.get(i).qualifierSpan() : nums.get(i).span();
    if (next.start() <= prev.end()) {
      return false;
    }
    String between = text.substring(prev.end(), next.start());
    if (between.length() >= 60 || between.contains(";") || between.contains(":") || between.contains("(")
        || between.contains(" - ") || between.contains("\u2014") || between.contains("\u2013")) {
      return false;
    }
    // the comma or "and" is the last thing before the count: "261 were handed over, Russia returned 277" and
    // "230, a 18 jeńców ponad parytet" are other clauses
    int joint = between.lastIndexOf(',') + 1;
    for (Span c : hits.within(coordination, prev.end(), next.start())) {
      joint = Math.max(joint, c.end() - prev.end());
    }
    return joint > 0 && between.substring(joint).isBlank();
  }

  /** Counts in a row of commas and "and" after another count: the breakdown of a figure already given. */
  private static boolean listBreakdown(String text, List<NumberMention> nums, int i) {
    if (i == 0) {
      return false;
    }
    NumberMention prev = nums.get(i - 1);
    String between = text.substring(prev.span().end(), nums.get(i).span().start());
    return between.length() < 60 && !between.contains(";") && (between.contains(",") || between.contains(" and ")
        || between.contains(":") || between.contains("(") || between.contains(" - "));
  }

  /**
   * Whose people the count is, by the first rule that tells: the side word on the people; leaving the captor
   * ("from Russian captivity"); "our"/"its" with the speaker's or subject's side; the subject's verb (Kyiv got
   * back / released); the speaker's side when people come home. Null when none tells.
   */
  private @Nullable Side direction(Doc in, Sentence s, NumberMention n, Span np, @Nullable Actor speaker) {
    TextHits hits = in.hits();
    String text = in.text();
    int a = s.span().start();
    int b = s.span().end();
    // up to the next conjunction ("…, while 15 were returned to Russia" is about other people), commas allowed
    int clauseTo = Math.min(b, n.span().end() + 110);
    List<Span> breaks = hits.within(clauseBreak, n.span().end(), clauseTo);
    if (!breaks.isEmpty()) {
      clauseTo = breaks.get(0).start();
    }
    boolean hr = hits.in(heldByRussia, n.span().end(), clauseTo);
    boolean hu = hits.in(heldByUkraine, n.span().end(), clauseTo);
    if (hr != hu) {
      return hr ? Side.UKRAINE : Side.RUSSIA;
    }
    Side named = phraseSide(hits, n, np, b);
    if (named != null) {
      return named;
    }
    int npEnd = phraseEnd(hits, np.end(), Math.min(b, np.end() + 35));
    Side subject = subjectSide(in, s, n);
    if (hits.in(ownSide, Math.max(a, n.span().start() - 25), npEnd)) {
      Side own = speaker != null && speaker.side() != null ? speaker.side() : subject;
      if (own != null) {
        return own;
      }
    }
    int clauseFrom = clauseStart(text, a, n.span().start());
    int clauseTo2 = clauseEnd(hits, n.span().end(), b);
    hr = hits.in(heldByRussia, clauseFrom, clauseTo2);
    hu = hits.in(heldByUkraine, clauseFrom, clauseTo2);
    if (hr != hu) {
      return hr ? Side.UKRAINE : Side.RUSSIA;
    }
    // "for Russia's part, the freed men numbered 248": a side word earlier in the same clause
    int clauseStart = clauseStart(text, a, n.span().start());
    boolean uaBefore = hits.in(sideUa, clauseStart, n.span().start());
    boolean ruBefore = hits.in(sideRu, clauseStart, n.span().start());
    if (uaBefore != ruBefore && !hits.in(ownSide, clauseStart, n.span().start())) {
      return uaBefore ? Side.UKRAINE : Side.RUSSIA;
    }
    if (subject != null && !jointSubject(in, s, n)) {
      ActorMention subj = subjectMention(in, s, n);
      if (subj != null) {
        if (hits.in(receive, subj.span().end(), n.span().start())) {
          return subject;
        }
        if (hits.in(give, subj.span().end(), n.span().start())) {
          return subject.other();
        }
      }
    }
    if (speaker != null && speaker.side() != null && hits.in(receive, a, b) && !hits.in(swap, n.span().start(), b)) {
      return speaker.side();
    }
    return null;
  }

  /** The side word on the counted people themselves ("230 Ukrainian prisoners"), or null. */
  private @Nullable Side phraseSide(TextHits hits, NumberMention n, Span np, int sentenceEnd) {
    int npEnd = phraseEnd(hits, np.end(), Math.min(sentenceEnd, np.end() + 35));
    boolean ua = hits.in(sideUa, n.span().end(), npEnd);
    boolean ru = hits.in(sideRu, n.span().end(), npEnd);
    return ua == ru ? null : ua ? Side.UKRAINE : Side.RUSSIA;
  }

  /** End of the counted people's phrase: the first clause break or clause word after the head noun. */
  private int phraseEnd(TextHits hits, int from, int to) {
    String text = hits.text();
    int cut = clauseEnd(hits, from, to);
    List<Span> found = hits.within(npEnd, from, cut);
    return found.isEmpty() ? cut : found.get(0).start();
  }

  private static int clauseStart(String text, int sentenceStart, int at) {
    for (int i = at - 1; i >= sentenceStart; i--) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '"' || c == '(') {
        return i + 1;
      }
    }
    return sentenceStart;
  }

  /** The first clause break after {@code from}: punctuation, or a conjunction such as "while". */
  private int clauseEnd(TextHits hits, int from, int to) {
    String text = hits.text();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == '(' || c == '"') {
        to = i;
        break;
      }
    }
    List<Span> found = hits.within(clauseBreak, from, to);
    return found.isEmpty() ? to : found.get(0).start();
  }

  private @Nullable Side subjectSide(Doc in, Sentence s, NumberMention n) {
    TextHits hits = in.hits();
    ActorMention m = subjectMention(in, s, n);
    return m == null ? null : m.actor().side();
  }

  /** The nearest actor with a side before the number in its sentence. */
  private static @Nullable ActorMention subjectMention(Doc in, Sentence s, NumberMention n) {
    TextHits hits = in.hits();
    ActorMention best = null;
    for (ActorMention m : in.actorsIn(s)) {
      if (m.span().end() <= n.span().start() && m.actor().side() != null) {
        best = m;
      }
    }
    return best;
  }

  // ---- ordinals, mediators, location ----------------------------------------------------------------------

  private void ordinal(Doc in, Sentence s, Draft draft) {
    TextHits hits = in.hits();
    String text = in.text();
    int a = s.span().start();
    int b = s.span().end();
    for (MatchResult m : Anchored.at(ordinalDigits, text, hits.digitRuns(), a, b)) {
      if (acceptOrdinal(in, s, m.start(), m.end())) {
        setOrdinal(draft, Integer.parseInt(m.group(1)), new Span(m.start(), m.end()));
        return;
      }
    }
    // "el intercambio número 67": a number right after an ordinal prefix
    for (NumberMention n : in.numbersIn(s)) {
      int p = n.words() || n.value() > 999 ? -1 : hits.lastEndingAt(ordinalPrefix, n.span().start());
      if (p >= a && acceptOrdinal(in, s, p, n.span().end())) {
        setOrdinal(draft, (int) n.value(), new Span(p, n.span().end()));
        return;
      }
    }
    if (ordinalWords != null) {
      for (MatchResult m : Anchored.at(ordinalWords, text, hits.starts(ordinalWordStarts), a, b)) {
        int value = ordinalWordValues.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (value == 1 && !hasExplicitDay(in, s)) {
          continue; // "the first swap since August", "the first exchange of 2025"
        }
        if (acceptOrdinal(in, s, m.start(), m.end())) {
          setOrdinal(draft, value, new Span(m.start(), m.end()));
          return;
        }
      }
    }
  }

  private static void setOrdinal(Draft draft, int value, Span span) {
    if (draft.ordinal == null) {
      draft.ordinal = value;
      draft.ordinalSpan = span;
    }
  }

  /**
   * An ordinal of the war's exchanges: right before the swap noun ("the 49th exchange"), or, with the noun before
   * it, right before the war as its scope ("a swap, the 49th of the war", "el número 50 desde la invasión").
   */
  private boolean acceptOrdinal(Doc in, Sentence s, int start, int end) {
    TextHits hits = in.hits();
    String text = in.text();
    int a = s.span().start();
    int to = Math.min(s.span().end(), end + 40);
    List<Span> swaps = in.hits().within(swap, end, to);
    if (!swaps.isEmpty()) {
      Span sw = swaps.get(0);
      String between = text.substring(end, sw.start());
      if (words(between) <= 5 && !hasDigit(between)) {
        return !hits.in(ordinalTrap, Math.max(a, start - 15), Math.min(s.span().end(), sw.end() + 35));
      }
    }
    int scope = hits.startsAt(ordinalScope, end);
    return scope > 0 && scope <= s.span().end() && hits.in(swap, a, start)
        && !hits.in(ordinalTrap, Math.max(a, start - 15), end);
  }

  /** A day in the sentence that dates an exchange, not the event a "since" compares with. */
  private boolean hasExplicitDay(Doc in, Sentence s) {
    return in.datesIn(s).stream().anyMatch(d -> d.kind() == DateKind.EXPLICIT_DAY && !sinceOtherEvent(in, s, d));
  }

  private void mediators(Doc in, Sentence s, Draft draft, boolean isPlan) {
    TextHits hits = in.hits();
    String text = in.text();
    if (isPlan && !hits.in(mediation, s.span().start(), s.span().end())) {
      return;
    }
    for (Span m : in.hits().within(mediation, s.span().start(), s.span().end())) {
      for (ActorMention am : in.actorsIn(s)) {
        if (am.actor().kind() == Actor.Kind.MEDIATOR && Math.abs(am.span().start() - m.start()) < 90) {
          draft.mediators.add(am.actor().name());
        }
      }
    }
  }

  private void location(Doc in, Sentence s, Draft draft) {
    TextHits hits = in.hits();
    if (draft.location != null) {
      return;
    }
    for (Span phrase : in.hits().within(location, s.span().start(), s.span().end())) {
      for (ActorMention am : in.actorsIn(s)) {
        if (phrase.contains(am.span())
            && (am.actor().kind() == Actor.Kind.MEDIATOR || am.actor().kind() == Actor.Kind.PLACE)) {
          draft.location = am.actor().name();
          return;
        }
      }
    }
  }

  private static List<CumulativeReport> dedupe(List<CumulativeReport> all) {
    List<CumulativeReport> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (CumulativeReport c : all) {
      if (seen.add(c.side() + "|" + c.count() + "|" + c.qualifier() + "|" + Objects.toString(c.source()))) {
        out.add(c);
      }
    }
    return out;
  }
}
