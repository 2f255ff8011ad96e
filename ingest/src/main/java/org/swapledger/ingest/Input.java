package org.swapledger.ingest;

import org.swapledger.model.Article;
import org.swapledger.model.Issue;

/** One item read from the input: an article, or a piece of bad input kept as an issue. */
public sealed interface Input permits Input.Read, Input.Bad {
  /** An article, with where it came from ("file.jsonl:12"). */
  record Read(Article article, String origin) implements Input {}

  record Bad(Issue issue) implements Input {}
}
