package org.swapledger.extract.quote;

import org.jspecify.annotations.Nullable;
import org.swapledger.model.Actor;
import org.swapledger.model.Span;

/**
 * A place where the text says who speaks: "X said", "according to X", "TASS quoted X".
 *
 * @param verb the speech verb or frame
 * @param speaker who speaks; null when the voice is joint or unnamed ("officials said", "both sides said")
 */
public record SpeechFrame(int sentence, Span verb, @Nullable Actor speaker) {}
