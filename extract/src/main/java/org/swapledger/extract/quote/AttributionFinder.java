package org.swapledger.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.Lexicon;
import org.swapledger.extract.lang.TextHits;
import org.swapledger.model.Actor;
import org.swapledger.model.Mention.ActorMention;
import org.swapledger.model.Mention.QuoteMention;
import org.swapledger.model.Mentions;
import org.swapledger.model.Sentence;
import org.swapledger.model.Span;

/**
 * Finds who says what: speech frames ("X said", "said X", "according to X"), relays ("TASS quoted the ministry"
 * credits the ministry), pronouns and role nouns ("he added", "the ministry said") resolved to the last speaker,
 * joint voices ("officials said", "both sides said") as no one, and quoted passages.
 */
public final class AttributionFinder {
  /** How far before a speech verb its subject may stand, in characters. */
  static final int SUBJECT_WINDOW = 140;
  /** How far after a speech verb its inverted subject may stand ("said Zelensky"). */
  static final int OBJECT_WINDOW = 90;
  /** How near a sentence's start a backward frame ("Про це повідомив ...") must begin, in characters. */
  static final int BACKWARD_WINDOW = 20;
  /** How far after an inverted speech verb its subject may start ("сообщило в Минобороны РФ"), in characters. */
  static final int INVERTED_GAP = 12;
  /** How far after an outlet's speech verb a relay verb may follow ("reported, citing"), in characters. */
  static final int RELAY_GAP = 4;

  private final Lexicon speech;
  private final Lexicon relay;
  private final Lexicon joint;
  private final Lexicon pronoun;
  private final Lexicon relayedBy;
  private final Lexicon backward;
  private final Lexicon relative;

  public AttributionFinder(LanguagePack pack) {
    this.speech = pack.lexicon("speech");
    this.relay = pack.lexicon("relay");
    this.joint = pack.lexicon("joint");
    this.pronoun = pack.lexicon("pronoun");
    this.relayedBy = pack.lexicon("relayed_by");
    this.backward = pack.lexicon("backward_frame");
    this.relative = pack.lexicon("relative");
  }

  /** {@code text} is the normalized text lowercased one char for one, as the lexicons match. */
  public Attributions find(TextHits hits, List<Sentence> sentences, List<ActorMention> actors) {
    String text = hits.text();
    List<List<ActorMention>> bySentence = Mentions.bySentence(sentences, actors);
    Map<Integer, List<SpeechFrame>> frames = new HashMap<>();
    Map<Integer, SpeechFrame> inherited = new HashMap<>();
    Actor lastPerson = null;
    Actor lastBody = null;
    Actor lastAny = null;
    SpeechFrame previous = null;
    for (Sentence s : sentences) {
      List<ActorMention> inSentence = bySentence.get(s.index());
      List<SpeechFrame> found = new ArrayList<>();
      int clauseStart = s.span().start();
      for (Span m : hits.within(speech, s.span().start(), s.span().end())) {
        Span verb = m;
        if (hits.in(relayedBy, Math.max(s.span().start(), m.start() - 4), Math.min(s.span().end(), m.end() + 4))) {
          continue; // "quoted by TASS": the outlet only relays a speaker named before
        }
        boolean isRelay = hits.in(relay, m.start(), m.end());
        Actor speaker;
        boolean resolved;
        boolean spokeAfter = false; // the speaker stands after the verb: "according to X", "said X"
        ActorMention after = firstAfter(inSentence, verb.end(), s.span().end(), text);
        ActorMention subject = bestBefore(hits, inSentence, clauseStart, verb.start());
        if (isRelay && after != null && after.actor().kind() != Actor.Kind.OUTLET) {
          speaker = after.actor();
          resolved = true;
          spokeAfter = true;
        } else if (isRelay && hits.startsAt(pronoun, verb.end()) > 0) {
          speaker = lastBody != null ? lastBody : lastAny; // "TASS quoted the ministry's statement"
          resolved = speaker != null;
        } else if (isRelay && after != null) {
          speaker = after.actor();
          resolved = true;
          spokeAfter = true;
        } else if (after != null && invertedFrame(text, clauseStart, verb, after)) {
          speaker = after.actor(); // "..., сообщило Минобороны", "..., said Zelensky"
          resolved = true;
          spokeAfter = true;
        } else if (jointBefore(hits, clauseStart, verb.start(), inSentence)) {
          speaker = null;
          resolved = true;
        } else if (subject != null) {
          speaker = subject.actor();
          resolved = true;
        } else if (after != null && after.actor().kind() != Actor.Kind.PLACE) {
          speaker = after.actor();
          resolved = true;
        } else {
          int p = hits.lastEndingAt(pronoun, verb.start());
          int pEnd = verb.start();
          if (p < clauseStart || p < 0) {
            // inverted order after a quote: "..., - wrote she", "..., - сообщил он"
            int inverted = hits.startsAt(pronoun, verb.end());
            if (inverted > 0 && inverted <= s.span().end()) {
              pEnd = inverted;
              p = inverted - text.substring(verb.end(), inverted).strip().length();
            }
          }
          if (p >= clauseStart && p >= 0) {
            String word = text.substring(p, pEnd).trim().toLowerCase(java.util.Locale.ROOT);
            speaker = word.length() <= 3 && !word.equals("it") ? lastPerson : lastBody != null ? lastBody : lastAny;
            if (word.equals("it") || word.equals("they")) {
              speaker = lastAny;
            }
            resolved = speaker != null;
          } else {
            speaker = null;
            resolved = false;
          }
        }
        if (resolved) {
          boolean relativeClause = subject != null && speaker == subject.actor()
              && relativeSubject(hits, subject, verb.start());
          SpeechFrame f = new SpeechFrame(s.index(), verb, speaker, !relativeClause);
          if (isRelay && !found.isEmpty() && speaker != null && speaker.kind() != Actor.Kind.OUTLET
              && relaysFrame(text, found.getLast(), verb)) {
            // "RIA Novosti reported, citing the Defence Ministry": the outlet's report is the ministry's word
            found.set(found.size() - 1, new SpeechFrame(s.index(), found.getLast().verb(), speaker));
          }
          found.add(f);
          // "According to the ministry, ..., Ukraine claims": the next verb's subject stands after this speaker
          clauseStart = spokeAfter ? Math.max(verb.end(), after.span().end()) : verb.end();
          if (speaker != null && speaker.kind() != Actor.Kind.OUTLET) {
            lastAny = speaker;
            if (speaker.kind() == Actor.Kind.PERSON) {
              lastPerson = speaker;
            } else if (speaker.kind() == Actor.Kind.BODY) {
              lastBody = speaker;
            }
          }
        }
      }
      if (!found.isEmpty()) {
        frames.put(s.index(), List.copyOf(found));
        SpeechFrame first = found.get(0);
        if (s.index() > 0 && first.speaker() != null && hits.in(backward, s.span().start(),
            Math.min(s.span().end(), s.span().start() + BACKWARD_WINDOW))) {
          // "Про це повідомив Єрмак", "Об этом сообщил Пушилин": the frame reports the sentence before
          int prev = s.index() - 1;
          if (!frames.containsKey(prev) && !inherited.containsKey(prev)) {
            inherited.put(prev, first);
          }
        }
        previous = found.get(found.size() - 1);
      } else if (previous != null && s.paragraph() == sentences.get(previous.sentence()).paragraph()
          && startsWithPronoun(hits, s)) {
        inherited.put(s.index(), previous);
      }
    }
    return new Attributions(sentences, frames, quotes(text, sentences), inherited);
  }

  /**
   * "..., сообщило Минобороны", "«...», — отметил Пушилин", "..., said Zelensky": the verb follows a comma or dash
   * and its subject stands right after it.
   */
  private static boolean invertedFrame(String text, int clauseStart, Span verb, ActorMention after) {
    Actor.Kind kind = after.actor().kind();
    boolean speaks = kind == Actor.Kind.PERSON || kind == Actor.Kind.BODY || kind == Actor.Kind.MEDIATOR;
    if (!speaks || after.span().start() - verb.end() > INVERTED_GAP) {
      return false;
    }
    int i = verb.start();
    while (i > clauseStart && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i <= clauseStart) {
      return false;
    }
    char c = text.charAt(i - 1);
    return c == ',' || c == '-' || c == '"';
  }

  /** The relay verb right after an outlet's own frame: "TASS reported, citing ...", "RIA said, quoting ...". */
  private static boolean relaysFrame(String text, SpeechFrame previous, Span relayVerb) {
    if (previous.speaker() == null || previous.speaker().kind() != Actor.Kind.OUTLET
        || relayVerb.start() < previous.verb().end() || relayVerb.start() - previous.verb().end() > RELAY_GAP) {
      return false;
    }
    for (int i = previous.verb().end(); i < relayVerb.start(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean startsWithPronoun(TextHits hits, Sentence s) {
    String text = hits.text();
    return hits.startsAt(pronoun, s.span().start()) > 0;
  }

  private boolean jointBefore(TextHits hits, int clauseStart, int verbStart, List<ActorMention> actors) {
    String text = hits.text();
    int p = hits.lastEndingAt(joint, verbStart);
    if (p >= clauseStart && p >= 0) {
      int at = p;
      // "Ukrainian officials" names a side; only a bare "officials" is joint
      return actors.stream().noneMatch(a -> a.span().start() <= at && at < a.span().end()
          && a.actor().kind() == Actor.Kind.SIDE && a.span().end() >= verbStart - 3
          && !text.substring(a.span().start(), a.span().end()).contains(" and "));
    }
    // "Russia and Ukraine said on Saturday": a joint subject followed by an adverbial before the verb
    List<Span> found = hits.within(joint, Math.max(clauseStart, verbStart - 40), verbStart);
    return !found.isEmpty() && !hasActorOrPunctuation(text, found.get(0).end(), verbStart);
  }

  private static boolean hasActorOrPunctuation(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '"') {
        return true;
      }
    }
    return false;
  }

  private static int rank(Actor a) {
    return switch (a.kind()) {
      case PERSON -> 4;
      case BODY -> 3;
      case MEDIATOR -> 2;
      case SIDE -> 1;
      case OUTLET -> 0;
      case PLACE -> -1;
    };
  }

  private @Nullable ActorMention bestBefore(TextHits hits, List<ActorMention> actors, int clauseStart, int verbStart) {
    String text = hits.text();
    ActorMention best = null;
    int from = Math.max(clauseStart, verbStart - SUBJECT_WINDOW);
    for (ActorMention a : actors) {
      if (a.span().start() >= from && a.span().end() <= verbStart && rank(a.actor()) >= 0) {
        // a SIDE only counts right before the verb ("Kyiv claimed"), not as the object of an earlier clause
        if (a.actor().kind() == Actor.Kind.SIDE && (verbStart - a.span().end() > 25
            || punctuationBetween(text, a.span().end(), verbStart)) && !relativeSubject(hits, a, verbStart)) {
          continue;
        }
        if (quoteBetween(text, a.span().end(), verbStart)) {
          continue;
        }
        // "Yermak, head of Zelensky's office, said": a possessive modifies the subject, it is not the subject
        int r = rank(a.actor()) * 2 + (possessive(text, a) ? 0 : 1);
        int br = best == null ? -1 : rank(best.actor()) * 2 + (possessive(text, best) ? 0 : 1);
        if (best == null || r > br || r == br && a.span().start() > best.span().start()) {
          best = a;
        }
      }
    }
    return best;
  }

  /** "a swap with Russia, which said ...": the relative pronoun right before the verb stands for the actor. */
  private boolean relativeSubject(TextHits hits, ActorMention a, int verbStart) {
    String text = hits.text();
    int i = a.span().end();
    if (i >= text.length() || text.charAt(i) != ',') {
      return false;
    }
    int end = hits.startsAt(relative, i + 1);
    return end > 0 && end <= verbStart && text.substring(end, verbStart).isBlank();
  }

  private static boolean possessive(String text, ActorMention a) {
    int e = a.span().end();
    return e + 1 < text.length() && text.charAt(e) == '\'' && (text.charAt(e + 1) == 's' || text.charAt(e + 1) == 'S')
        || text.regionMatches(true, a.span().end() - 2, "'s", 0, 2);
  }

  private static boolean punctuationBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '-' || c == '"') {
        return true;
      }
    }
    return false;
  }

  private static boolean quoteBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '"') {
        return true;
      }
    }
    return false;
  }

  private @Nullable ActorMention firstAfter(List<ActorMention> actors, int verbEnd, int sentenceEnd, String text) {
    ActorMention best = null;
    for (ActorMention a : actors) {
      if (a.span().start() >= verbEnd && a.span().start() - verbEnd <= OBJECT_WINDOW
          && a.span().end() <= sentenceEnd && !quoteBetween(text, verbEnd, a.span().start())) {
        if (best == null) {
          best = a;
        } else if (rank(a.actor()) > rank(best.actor()) && a.span().start() - best.span().end() < 40) {
          best = a;
        }
      }
    }
    return best;
  }

  /**
   * Quoted passages: double quotes paired within a paragraph; one left open at a paragraph's end runs into the next
   * paragraph when that one closes it (an odd number of quotes, the first right after a word), else to the end.
   */
  static List<QuoteMention> quotes(String text, List<Sentence> sentences) {
    List<QuoteMention> out = new ArrayList<>();
    int i = 0;
    int from = 0; // where pairing starts on this line: after a quote carried over from the line before
    while (i < text.length()) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int open = -1;
      for (int k = Math.max(i, from); k < lineEnd; k++) {
        if (text.charAt(k) == '"') {
          if (open < 0) {
            open = k;
          } else {
            if (k - open > 1) {
              out.add(new QuoteMention(new Span(open, k + 1)));
            }
            open = -1;
          }
        }
      }
      if (open >= 0 && lineEnd - open > 20) {
        int close = closedOnNextLine(text, lineEnd);
        out.add(new QuoteMention(new Span(open, close >= 0 ? close + 1 : lineEnd)));
        from = close + 1;
      }
      i = lineEnd + 1;
    }
    return out;
  }

  /** The quote that closes, on the next non-blank line, a quote left open before {@code lineEnd}; or -1. */
  private static int closedOnNextLine(String text, int lineEnd) {
    int start = lineEnd;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    if (end < 0) {
      end = text.length();
    }
    int first = -1;
    int count = 0;
    for (int k = start; k < end; k++) {
      if (text.charAt(k) == '"') {
        first = first < 0 ? k : first;
        count++;
      }
    }
    return count % 2 == 1 && first > start && !Character.isWhitespace(text.charAt(first - 1)) ? first : -1;
  }
}
