package org.swapledger.extract.quote;

import org.jspecify.annotations.Nullable;
import org.swapledger.model.Actor;
import org.swapledger.model.Span;

/**
 * A place where the text says who speaks: "X said", "according to X", "TASS quoted X".
 *
 * @param verb the speech verb or frame
 * @param speaker who speaks; null when the voice is joint or unnamed ("officials said", "both sides said")
 * @param reachesBack whether it also attributes what stands before it in its sentence ("230 came home, Lubinets
 *     said"); a relative clause's frame does not ("45 came home after a swap with Russia, which said ...")
 */
public record SpeechFrame(int sentence, Span verb, @Nullable Actor speaker, boolean reachesBack) {
  public SpeechFrame(int sentence, Span verb, @Nullable Actor speaker) {
    this(sentence, verb, speaker, true);
  }
}
