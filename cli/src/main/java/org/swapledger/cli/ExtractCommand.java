package org.swapledger.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.ExtractUseCase;
import org.swapledger.app.ExtractionJson;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.model.ArticleExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code swapledger extract}: articles in, exchange facts with evidence out, one JSON object per article. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract prisoner-exchange facts from articles, each figure with its source and evidence span.",
        "Reads JSONL (id, url, outlet, published, text per line), .txt files, directories and - for stdin.",
        "Bad input is reported on stderr as FILE:LINE: reason; every other article is still processed (exit 1)."})
final class ExtractCommand implements Callable<Integer> {
  enum Format { jsonl, json, table }

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files, directories, or - for standard input (default: -).")
  List<String> paths = new ArrayList<>();

  @Option(names = "--format", description = "jsonl (default), json or table.")
  Format format = Format.jsonl;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for .txt input without a dateline.")
  @Nullable LocalDate published;

  @Override
  public Integer call() {
    PrintWriter out = spec().commandLine().getOut();
    PrintWriter err = spec().commandLine().getErr();
    if (threads < 1) {
      err.println("swapledger extract: --threads must be at least 1");
      return 2;
    }
    List<String> inputs = paths.isEmpty() ? List.of("-") : paths;
    ExtractUseCase useCase = new ExtractUseCase(ArticlePipeline.shipped(), threads);
    List<String[]> table = new ArrayList<>();
    boolean[] first = {true};
    if (format == Format.json) {
      out.print("[");
    }
    ExtractUseCase.Summary summary = useCase.run(new ArticleReader(published), inputs, System.in,
        (ArticleExtraction x) -> {
          switch (format) {
            case jsonl -> out.println(ExtractionJson.line(x));
            case json -> {
              out.print(first[0] ? "\n" : ",\n");
              out.print(ExtractionJson.line(x));
              first[0] = false;
            }
            case table -> table.addAll(ExtractionJson.rows(x));
          }
        },
        issue -> {
          synchronized (err) {
            err.println(issue);
            err.flush();
          }
        });
    if (format == Format.json) {
      out.println("\n]");
    } else if (format == Format.table) {
      Table.print(out, List.of("article", "date", "direction", "count", "qualifier", "source", "evidence"), table);
    }
    out.flush();
    return summary.issues() > 0 ? Main.FAILED : 0;
  }

  private CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
