package org.swapledger.extract.quote;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.swapledger.model.Actor;
import org.swapledger.model.Mention.QuoteMention;
import org.swapledger.model.Mentions;
import org.swapledger.model.Sentence;
import org.swapledger.model.Span;

/** Who speaks where in one article: the speech frames of each sentence and the quoted passages. */
public final class Attributions {
  private final List<Sentence> sentences;
  private final Map<Integer, List<SpeechFrame>> frames;
  private final List<QuoteMention> quotes;
  private final Map<Integer, SpeechFrame> inherited;

  Attributions(List<Sentence> sentences, Map<Integer, List<SpeechFrame>> frames, List<QuoteMention> quotes,
      Map<Integer, SpeechFrame> inherited) {
    this.sentences = sentences;
    this.frames = frames;
    this.quotes = quotes;
    this.inherited = inherited;
  }

  public List<QuoteMention> quotes() {
    return quotes;
  }

  public List<SpeechFrame> frames(int sentence) {
    return frames.getOrDefault(sentence, List.of());
  }

  /**
   * The speaker of what stands at {@code offset} in sentence {@code s}: inside a quote, whoever the quote is
   * attributed to; otherwise the nearest frame before it in the sentence, else the first after it. Null is the
   * outlet's own voice, or a joint or unnamed one.
   */
  public @Nullable Actor speakerAt(Sentence s, int offset) {
    QuoteMention q = quoteAt(offset);
    if (q != null) {
      return quoteSpeaker(q);
    }
    return frameAt(s, offset, Integer.MAX_VALUE);
  }

  private @Nullable Actor frameAt(Sentence s, int offset, int limit) {
    SpeechFrame before = null;
    SpeechFrame after = null;
    for (SpeechFrame f : frames(s.index())) {
      if (f.verb().start() < offset) {
        before = f;
      } else if (after == null && f.verb().start() < limit && f.reachesBack()) {
        after = f;
      }
    }
    SpeechFrame chosen = before != null ? before : after;
    if (chosen == null) {
      chosen = inherited.get(s.index());
    }
    return chosen == null ? null : chosen.speaker();
  }

  /** True when some frame in the sentence attributes what stands at the offset. */
  public boolean attributed(Sentence s, int offset) {
    return quoteAt(offset) != null || !frames(s.index()).isEmpty() || inherited.containsKey(s.index());
  }

  private @Nullable QuoteMention quoteAt(int offset) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) { // quotes are disjoint and in text order
      int mid = (lo + hi) >>> 1;
      Span q = quotes.get(mid).span();
      if (offset < q.start()) {
        hi = mid - 1;
      } else if (offset >= q.end()) {
        lo = mid + 1;
      } else {
        return quotes.get(mid);
      }
    }
    return null;
  }

  private @Nullable Actor quoteSpeaker(QuoteMention q) {
    Span span = q.span();
    // a frame after the quote, in the sentence where the quote closes: "..." the ministry said.
    int closing = Mentions.sentenceAt(sentences, span.end() - 1);
    for (int i = Math.max(0, closing); i >= 0 && i < sentences.size() && i <= closing + 1; i++) {
      Sentence s = sentences.get(i);
      boolean closes = i == closing;
      boolean follows = s.span().start() >= span.end() && s.span().start() - span.end() < 3
          && closing >= 0 && s.paragraph() == sentences.get(closing).paragraph();
      if (closes || follows) {
        for (SpeechFrame f : frames(s.index())) {
          if (f.verb().start() >= span.end() - 1) {
            return f.speaker();
          }
        }
      }
    }
    // a frame before the quote opens: Yermak wrote: "..."
    int opening = Mentions.sentenceAt(sentences, span.start());
    for (int i = opening < 0 ? sentences.size() - 1 : opening; i >= 0; i--) {
      Sentence s = sentences.get(i);
      if (s.span().start() <= span.start()) {
        for (int j = frames(s.index()).size() - 1; j >= 0; j--) {
          SpeechFrame f = frames(s.index()).get(j);
          if (f.verb().end() <= span.start() + 1) {
            return f.speaker();
          }
        }
        if (s.span().start() < span.start() - 400 || i < sentences.size() - 1 && s.index() > 0
            && sentences.get(i).paragraph() < paragraphOf(span.start()) - 1) {
          break;
        }
      }
    }
    return null;
  }

  private int paragraphOf(int offset) {
    int i = Mentions.sentenceAt(sentences, offset);
    if (i >= 0) {
      return sentences.get(i).paragraph();
    }
    for (Sentence s : sentences) {
      if (s.span().start() >= offset) {
        return s.paragraph();
      }
    }
    return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).paragraph();
  }
}
