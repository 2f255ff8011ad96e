package org.swapledger.ingest.watch;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.swapledger.ingest.DocumentReader;
import org.swapledger.ingest.Input;
import org.swapledger.ingest.feed.FeedReader;
import org.swapledger.ingest.http.Fetcher;
import org.swapledger.model.Article;
import org.swapledger.model.Issue;

/**
 * Polls RSS/Atom feeds: one conditional GET per feed, then each item not seen before is fetched, read and handed to
 * the sink, and marked seen only once the sink has taken it. An item that failed for a reason that may pass (5xx,
 * timeout, a sink that threw) is reported and tried again at the next poll: the feed's validators are kept only
 * when every new item got through, so a 304 cannot hide it. One that failed for good (404, robots.txt, too large)
 * is reported once and marked seen. Not thread-safe: one poll at a time.
 */
public final class FeedPoller {
  /** Where articles and issues go: a ledger, or for now standard output. */
  public interface Sink {
    /** Takes one article; throwing leaves the item unseen, so it comes again at the next poll. */
    void article(Input.Read read) throws Exception;

    void issue(Issue issue);
  }

  /** What one poll did. */
  public record Report(int feeds, int notModified, int newItems, int articles, int issues) {}

  private final Fetcher fetcher;
  private final DocumentReader documents;
  private final FeedReader feeds = new FeedReader();
  private final PollState state;
  private final Sink sink;

  public FeedPoller(Fetcher fetcher, DocumentReader documents, PollState state, Sink sink) {
    this.fetcher = fetcher;
    this.documents = documents;
    this.state = state;
    this.sink = sink;
  }

  /** Polls every feed once. */
  public Report poll(List<URI> feedUrls) {
    int[] c = new int[4];
    for (URI feed : feedUrls) {
      pollFeed(feed, c);
    }
    return new Report(feedUrls.size(), c[0], c[1], c[2], c[3]);
  }

  private void pollFeed(URI feedUrl, int[] c) {
    String key = feedUrl.toString();
    Fetcher.Result r = fetcher.fetch(feedUrl, state.validators(key));
    switch (r) {
      case Fetcher.Result.NotModified nm -> c[0]++;
      case Fetcher.Result.Failed f -> issue(c, key, f.reason());
      case Fetcher.Result.Ok ok -> {
        switch (feeds.read(ok.body(), ok.contentType())) {
          case FeedReader.Result.NotAFeed no -> issue(c, key, no.reason());
          case FeedReader.Result.Feed feed -> {
            boolean complete = true;
            for (FeedReader.Item item : feed.items()) {
              if (!state.seen(key, item.key())) {
                c[1]++;
                complete &= handle(key, feed.title(), item, c);
              }
            }
            if (complete) {
              state.validators(key, ok.validators());
            }
            save(key, c);
          }
        }
      }
    }
  }

  /** Fetches and hands on one new item; true when it is done with (taken, or given up). */
  private boolean handle(String feed, String feedTitle, FeedReader.Item item, int[] c) {
    List<Input> inputs = new ArrayList<>();
    String where = item.link() == null ? feed + " " + item.key() : item.link();
    if (item.link() == null) {
      if (!item.text().isBlank()) {
        inputs.add(new Input.Read(new Article(item.key(), null, feedTitle.isEmpty() ? null : feedTitle,
            item.published(), item.text()), where));
      }
    } else {
      Fetcher.Result page = fetcher.fetch(safeUri(item.link()));
      switch (page) {
        case Fetcher.Result.Ok ok -> documents.read(ok.body(), ok.contentType(), where, ok.url().toString(),
            item.link(), DocumentReader.Kind.HTML, inputs::add);
        case Fetcher.Result.NotModified nm -> { }
        case Fetcher.Result.Failed f -> {
          return failed(feed, item, where, f.reason(), f.temporary(), c);
        }
      }
    }
    for (Input in : inputs) {
      switch (in) {
        case Input.Bad bad -> issue(c, bad.issue());
        case Input.Read read -> {
          try {
            sink.article(read);
            c[2]++;
          } catch (Exception e) {
            return failed(feed, item, where, "the sink did not take the article: " + e.getMessage(), true, c);
          }
        }
      }
    }
    state.markSeen(feed, item.key());
    save(feed, c);
    return true;
  }

  private boolean failed(String feed, FeedReader.Item item, String where, String reason, boolean temporary,
      int[] c) {
    if (!temporary) {
      issue(c, new Issue(where, 0, -1, reason));
      state.markSeen(feed, item.key());
      return true;
    }
    issue(c, new Issue(where, 0, -1, reason + "; will try again at the next poll"));
    return false;
  }

  private static URI safeUri(String link) {
    try {
      return URI.create(link.strip());
    } catch (IllegalArgumentException e) {
      return URI.create("invalid:" + link.strip().replaceAll("[^A-Za-z0-9._~-]", "_"));
    }
  }

  private void save(String feed, int[] c) {
    try {
      state.save();
    } catch (IOException e) {
      issue(c, feed, "cannot save the watch state: " + e.getMessage());
    }
  }

  private void issue(int[] c, String source, String reason) {
    issue(c, new Issue(source, 0, -1, reason));
  }

  private void issue(int[] c, Issue issue) {
    c[3]++;
    sink.issue(issue);
  }
}
