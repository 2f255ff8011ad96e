package org.swapledger.model;

import java.util.Objects;

/**
 * Bad input, kept as data: where it was (file or URL, line, offset) and why it could not be used.
 *
 * @param line 1-based line number, or 0 when the input has no lines
 * @param offset 0-based character or byte offset within the line or input, or -1 when unknown
 */
public record Issue(String source, long line, long offset, String reason) {
  public Issue {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  public static Issue atLine(String source, long line, String reason) {
    return new Issue(source, line, -1, reason);
  }

  /** "file.jsonl:12: reason", the form printed on stderr. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
    }
    if (offset >= 0) {
      sb.append(':').append(offset);
    }
    return sb.append(": ").append(reason).toString();
  }
}
