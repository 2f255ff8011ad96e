package org.swapledger.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.ExtractUseCase;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code swapledger extract}: articles in, exchange facts with evidence out, one JSON object per article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract prisoner-exchange facts from articles, each figure with its source and evidence span.",
        "Reads JSONL (id, url, outlet, published, text per line), .txt, HTML (.html, .htm), RSS/Atom feeds",
        "(.xml, .rss, .atom), WARC archives (.warc, .warc.gz), directories and - for stdin, told apart by",
        "extension and content. A live blog gives one article per post (ID#post-N).",
        "Bad input is reported on stderr as FILE:LINE: reason; every other article is still processed (exit 1)."})
final class ExtractCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files, directories, or - for standard input (default: -).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", description = "jsonl (default), json or table.")
  ExtractionOutput.Format format = ExtractionOutput.Format.jsonl;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for .txt input without a dateline.")
  @Nullable LocalDate published;

  @Mixin
  RelevanceOption relevance = new RelevanceOption();

  @Override
  public Integer call() {
    PrintWriter out = spec().commandLine().getOut();
    PrintWriter err = spec().commandLine().getErr();
    if (threads < 1) {
      err.println("swapledger extract: --threads must be at least 1");
      return 2;
    }
    List<String> inputs = paths.isEmpty() ? List.of("-") : paths;
    ExtractUseCase useCase = new ExtractUseCase(ArticlePipeline.shipped(), threads, relevance.filter());
    ExtractionOutput output = new ExtractionOutput(out, err, format, false);
    ExtractUseCase.Summary summary = useCase.run(new ArticleReader(published), inputs, System.in,
        output::extraction, output::issue);
    output.end();
    return summary.issues() > 0 ? Main.FAILED : 0;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
