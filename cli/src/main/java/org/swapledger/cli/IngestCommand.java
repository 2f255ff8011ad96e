package org.swapledger.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.IngestUseCase;
import org.swapledger.app.RebuildUseCase;
import org.swapledger.app.SavedExtractions;
import org.swapledger.app.Sources;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swapledger ingest}: extract articles into the ledger database, then rebuild the events. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Extract articles and store them with every claim; then rebuild the events.",
        "Incremental: an article stored before (same URL or same text) is skipped; a changed one supersedes the old.",
        "Bad input is stored as issues (see `swapledger issues`); exit 1 when there was any."})
final class IngestCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  DbOption db = new DbOption();

  @Parameters(paramLabel = "PATH", description = "Files, directories, or - for standard input (default: -).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--threads", description = "Extraction threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--batch", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
  int batch = IngestUseCase.DEFAULT_BATCH;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for .txt input without a dateline.")
  @Nullable LocalDate published;

  @Option(names = "--extractions", paramLabel = "FILE",
      description = "Store these saved extractions (JSONL in the extraction contract, by article id) instead of "
          + "running the pipeline; the articles still come from PATH. For measuring the ledger on its own.")
  java.nio.file.@Nullable Path extractions;

  @Override
  public Integer call() {
    PrintWriter err = spec().commandLine().getErr();
    if (threads < 1 || batch < 1) {
      err.println("swapledger ingest: --threads and --batch must be at least 1");
      return 2;
    }
    List<String> inputs = paths.isEmpty() ? List.of("-") : paths;
    RebuildUseCase rebuild = new RebuildUseCase(Sources.shipped());
    IngestUseCase useCase;
    if (extractions != null) {
      SavedExtractions saved = SavedExtractions.read(extractions);
      useCase = new IngestUseCase(saved, saved.version(), threads, batch, rebuild);
    } else {
      useCase = new IngestUseCase(ArticlePipeline.shipped(), threads, batch, rebuild);
    }
    LongConsumer progress = Progress.forInputs(err, inputs);
    IngestUseCase.Summary s;
    try (Store store = db.create()) {
      s = useCase.run(store, new ArticleReader(published), inputs, System.in, progress);
    } finally {
      Progress.finish(progress);
    }
    StringBuilder line = new StringBuilder(String.format("ingested %,d articles: %,d new, %,d changed, %,d unchanged, "
        + "%,d issues", s.read(), s.added(), s.changed(), s.unchanged(), s.issues()));
    if (s.rebuilt() != null) {
      line.append(String.format("; %,d events, %,d checks (%,d flagged)", s.rebuilt().events(),
          s.rebuilt().checks(), s.rebuilt().flagged()));
    }
    err.println(line);
    err.flush();
    return s.issues() > 0 ? Main.FAILED : 0;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
