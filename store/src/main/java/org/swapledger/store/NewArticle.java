package org.swapledger.store;

import java.util.Objects;
import org.swapledger.model.ArticleExtraction;

/**
 * An extracted article ready to store.
 *
 * @param identityKey what makes two inputs the same article: the URL, or "id:" + the input id without one
 * @param contentHash SHA-256 of the text, hex
 * @param origin where it was read ("file.jsonl:12")
 * @param extractVersion the stage versions that produced the extraction
 */
public record NewArticle(ArticleExtraction extraction, String identityKey, String contentHash, String origin,
    String extractVersion) {
  public NewArticle {
    Objects.requireNonNull(extraction, "extraction");
    Objects.requireNonNull(identityKey, "identityKey");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(extractVersion, "extractVersion");
  }
}
