package org.swapledger.app;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.swapledger.ingest.DocumentReader;
import org.swapledger.ingest.Input;
import org.swapledger.ingest.http.Fetcher;
import org.swapledger.model.Issue;

/** Fetches pages or feeds by URL and reads them into articles; a URL that cannot be fetched is one issue. */
public final class WebSource {
  private final Fetcher fetcher;
  private final DocumentReader documents = new DocumentReader();

  public WebSource(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Fetches every URL in order and hands its articles (a page, its live-blog posts, or a feed's items) on. */
  public void read(List<String> urls, Consumer<Input> sink) {
    for (String u : urls) {
      URI uri;
      try {
        uri = URI.create(u.strip());
      } catch (IllegalArgumentException e) {
        sink.accept(new Input.Bad(new Issue(u, 0, -1, "not a URL: " + e.getMessage())));
        continue;
      }
      switch (fetcher.fetch(uri)) {
        case Fetcher.Result.Ok ok -> documents.read(ok.body(), ok.contentType(), u, ok.url().toString(),
            ok.url().toString(), null, sink);
        case Fetcher.Result.NotModified nm -> sink.accept(new Input.Bad(new Issue(u, 0, -1, "HTTP 304 unexpected")));
        case Fetcher.Result.Failed f -> sink.accept(new Input.Bad(new Issue(u, 0, -1, f.reason())));
      }
    }
  }
}
