package org.swapledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.ExtractUseCase;
import org.swapledger.app.WebSource;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.http.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swapledger fetch URL…}: fetch pages or feeds politely and print their extraction like {@code extract}. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = {"Fetch web pages or RSS/Atom feeds and extract prisoner-exchange facts from them.",
        "Obeys robots.txt, waits between requests to a host, retries with backoff, caps sizes and times.",
        "A URL that cannot be fetched or read is reported on stderr as URL: reason (exit 1); the rest are printed."})
final class FetchCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Parameters(paramLabel = "URL", arity = "1..*", description = "Pages (a live blog gives one article per post) "
      + "or feeds (one article per item).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--format", description = "jsonl (default), json or table.")
  ExtractionOutput.Format format = ExtractionOutput.Format.jsonl;

  @Mixin
  RelevanceOption relevance = new RelevanceOption();

  @Mixin
  FetchOptions fetch = new FetchOptions();

  @Override
  public Integer call() {
    CommandSpec s = FetchOptions.expect(spec);
    Fetcher.Policy policy = fetch.policy(s.commandLine());
    ExtractionOutput output = new ExtractionOutput(s.commandLine().getOut(), s.commandLine().getErr(), format,
        false);
    ExtractUseCase.Summary summary;
    try (Fetcher fetcher = new Fetcher(policy)) {
      WebSource web = new WebSource(fetcher);
      summary = new ExtractUseCase(ArticlePipeline.shipped(), 2, relevance.filter()).run(
          items -> web.read(urls, items),
          output::extraction, output::issue);
    }
    output.end();
    return summary.issues() > 0 ? Main.FAILED : 0;
  }
}
