package org.swapledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.swapledger.app.ExtractUseCase;
import org.swapledger.app.IngestUseCase;
import org.swapledger.app.RebuildUseCase;
import org.swapledger.app.Sources;
import org.swapledger.store.Store;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.DocumentReader;
import org.swapledger.ingest.Input;
import org.swapledger.ingest.http.Fetcher;
import org.swapledger.ingest.watch.FeedPoller;
import org.swapledger.ingest.watch.PollState;
import org.swapledger.model.Issue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code swapledger watch FEED…}: polls feeds with conditional GETs, fetches new items and stores them in the ledger
 * ({@code --db}), or prints their extraction as JSONL without one; remembers what it has seen in a state file.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds, fetch new items and store them in the ledger (--db), or print their",
        "extraction as JSONL without --db. An item counts as seen only once it is stored.",
        "Conditional GET (ETag/Last-Modified); items already seen (kept in --state) are not fetched again.",
        "Failures are reported on stderr and retried at the next poll; the watch keeps running."})
final class WatchCommand implements Callable<Integer> {
  @Spec
  @Nullable CommandSpec spec;

  @Parameters(paramLabel = "FEED", arity = "1..*", description = "Feed URLs.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION", converter = FetchOptions.DurationConverter.class,
      description = "Time between polls (default: 15m; at least 1m unless --once).")
  Duration every = Duration.ofMinutes(15);

  @Option(names = "--once", description = "Poll once and exit (for cron); exit 1 if anything failed.")
  boolean once;

  @Option(names = "--state", paramLabel = "FILE", description = "Where to remember validators and seen items "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "swapledger-watch.json")
  Path state = Path.of("swapledger-watch.json");

  @Option(names = "--db", paramLabel = "PATH|URL", description = "Store new items in this ledger database (a SQLite "
      + "file or a postgresql:// URL), and rebuild its events after each poll; without it, print extractions as JSONL.")
  @Nullable String db;

  @Mixin
  RelevanceOption relevance = new RelevanceOption();

  @Mixin
  FetchOptions fetch = new FetchOptions();

  @Override
  public Integer call() throws InterruptedException {
    CommandSpec s = FetchOptions.expect(spec);
    CommandLine cl = s.commandLine();
    PrintWriter err = cl.getErr();
    if (!once && every.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new CommandLine.ParameterException(cl, "--every must be at least 1m, was " + every);
    }
    List<URI> urls = new ArrayList<>();
    for (String f : feeds) {
      try {
        urls.add(URI.create(f.strip()));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl, "not a URL: " + f);
      }
    }
    PollState pollState;
    try {
      pollState = PollState.load(state);
    } catch (IOException e) {
      err.println("swapledger watch: --state " + state + ": " + e.getMessage());
      return 2;
    }
    ExtractionOutput output = new ExtractionOutput(cl.getOut(), err, ExtractionOutput.Format.jsonl, true);
    ExtractUseCase extract = new ExtractUseCase(ArticlePipeline.shipped(), 1, relevance.filter());
    Store store = db == null ? null : Store.open(db);
    IngestUseCase ingest = new IngestUseCase(ArticlePipeline.shipped(), 1, IngestUseCase.DEFAULT_BATCH,
        new RebuildUseCase(Sources.shipped()));
    FeedPoller.Sink sink = new FeedPoller.Sink() {
      @Override
      public void article(Input.Read read) {
        if (store != null) {
          // stored (one transaction) before the poller marks the item seen: a crash loses nothing
          ingest.run(store, s -> s.accept(read), n -> { }, false);
        } else {
          output.extraction(extract.extract(read.article()));
        }
      }

      @Override
      public void issue(Issue issue) {
        output.issue(issue);
        if (store != null) {
          ingest.run(store, s -> s.accept(new Input.Bad(issue)), n -> { }, false);
        }
      }
    };
    try (Fetcher fetcher = new Fetcher(fetch.policy(cl)); Store closing = store) {
      FeedPoller poller = new FeedPoller(fetcher, new DocumentReader(), pollState, sink);
      while (true) {
        FeedPoller.Report r = poller.poll(urls);
        if (closing != null) {
          RebuildUseCase.Summary rebuilt = ingest.rebuildIfStale(closing);
          if (rebuilt != null) {
            err.printf("swapledger watch: ledger rebuilt: %d events%n", rebuilt.events());
          }
        }
        err.printf("swapledger watch: polled %d feed(s): %d unchanged, %d new item(s), %d article(s), %d issue(s)%n",
            r.feeds(), r.notModified(), r.newItems(), r.articles(), r.issues());
        err.flush();
        if (once) {
          return r.issues() > 0 ? Main.FAILED : 0;
        }
        Thread.sleep(every.toMillis());
      }
    }
  }
}
