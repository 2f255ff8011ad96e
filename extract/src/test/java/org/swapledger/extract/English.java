package org.swapledger.extract;

import org.swapledger.extract.actor.Gazetteer;
import org.swapledger.extract.lang.LanguagePack;
import org.swapledger.extract.lang.LanguagePacks;
import org.swapledger.extract.text.NormalizedText;
import org.swapledger.extract.text.TextNormalizer;

/** The shipped English pack and gazetteer, for tests of single stages. */
public final class English {
  public static final LanguagePack PACK = LanguagePacks.shipped().expect("en");
  public static final Gazetteer GAZETTEER = Gazetteer.shipped();

  private English() {}

  /** The text as the stages after normalization see it. */
  public static NormalizedText normalized(String text) {
    return new TextNormalizer(PACK).normalize(text);
  }
}
