package org.swapledger.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored figure: what one source said, in one article, about one exchange.
 *
 * @param id the store's id of the claim
 * @param reportId the store's id of the exchange report it belongs to
 * @param articleId the store's id of the article version it was read from
 * @param outlet the outlet that published the article, when known
 * @param evidenceKey a digest of the evidence sentence with case, spacing and punctuation folded: the same
 *     sentence re-run by several outlets (wire copy) has the same key
 */
public record Claim(long id, long reportId, long articleId, @Nullable String outlet, Figure figure, String evidenceKey) {
  public Claim {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(evidenceKey, "evidenceKey");
  }

  public Direction direction() {
    return figure.direction();
  }

  public CountInterval interval() {
    return figure.interval();
  }

  /** The evidence key of a claim read without a sentence (hand-made annotations): it matches no other. */
  public static String noEvidenceKey(long claimId) {
    return NO_EVIDENCE + claimId;
  }

  private static final String NO_EVIDENCE = "none:";

  /** Whether both claims were read from the same sentence, or at least one has no sentence to compare. */
  public boolean sameSentenceAs(Claim other) {
    return evidenceKey.equals(other.evidenceKey) || evidenceKey.startsWith(NO_EVIDENCE)
        || other.evidenceKey.startsWith(NO_EVIDENCE);
  }

  /**
   * The key of a sentence for wire-copy detection: letters and digits only, lower case, as a 64-bit hex digest,
   * so that one agency sentence re-run with other quotes, dashes or spacing gets the same key.
   */
  public static String evidenceKey(String sentence) {
    StringBuilder sb = new StringBuilder(sentence.length());
    sentence.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
