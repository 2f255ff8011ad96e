package org.swapledger.cli;

import picocli.CommandLine.Option;

/** {@code --all}: whether articles the relevance filter finds off-topic still go through the full pipeline. */
final class RelevanceOption {
  @Option(names = "--all", description = "Run the full pipeline on every article, also those the relevance filter "
      + "finds not about prisoner exchanges (they are otherwise printed with no facts and language \"und\").")
  boolean all;

  boolean filter() {
    return !all;
  }
}
