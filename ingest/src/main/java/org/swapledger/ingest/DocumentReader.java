package org.swapledger.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.swapledger.ingest.feed.FeedReader;
import org.swapledger.ingest.html.HtmlExtractor;
import org.swapledger.ingest.html.Page;
import org.swapledger.model.Article;
import org.swapledger.model.Issue;

/**
 * Turns one web document (bytes, with the Content-Type when known) into articles: an HTML page into one article, or
 * one per live-blog post (id {@code ID#post-N}, URL {@code PAGE-URL#post-N}); a feed into one article per item. HTML and feeds are told apart by
 * content first, then by Content-Type and file extension. Thread-safe.
 */
public final class DocumentReader {
  /** What a document is. */
  public enum Kind { HTML, FEED }

  private final HtmlExtractor html = new HtmlExtractor();
  private final FeedReader feeds = new FeedReader();

  /**
   * Reads a document and hands its articles or issues to {@code sink}.
   *
   * @param source the file or URL, for issues and origins
   * @param url the page's URL when known (resolves links, supplies a date)
   * @param id the article id (a file name without extension, or the URL)
   * @param hint the kind the extension or caller suggests, or null to tell by content alone
   */
  public void read(byte[] body, @Nullable String contentType, String source, @Nullable String url, String id,
      @Nullable Kind hint, Consumer<Input> sink) {
    if (body.length == 0) {
      sink.accept(bad(source, "empty document"));
      return;
    }
    if (kind(body, contentType, hint) == Kind.FEED) {
      readFeed(body, contentType, source, sink);
    } else {
      readHtml(body, contentType, source, url, id, sink);
    }
  }

  /** HTML or feed, by the first markup in the bytes, then the Content-Type, then the hint; HTML when in doubt. */
  public static Kind kind(byte[] body, @Nullable String contentType, @Nullable Kind hint) {
    String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int rss = firstOf(head, "<rss", "<feed", "<rdf:rdf");
    int htmlTag = firstOf(head, "<html", "<!doctype html", "<head", "<body");
    if (rss >= 0 && (htmlTag < 0 || rss < htmlTag)) {
      return Kind.FEED;
    }
    if (htmlTag >= 0) {
      return Kind.HTML;
    }
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (ct.contains("rss") || ct.contains("atom") || ct.contains("xml") && !ct.contains("xhtml")) {
      return Kind.FEED;
    }
    if (ct.contains("html")) {
      return Kind.HTML;
    }
    if (hint != null) {
      return hint;
    }
    return head.stripLeading().startsWith("<?xml") ? Kind.FEED : Kind.HTML;
  }

  private static int firstOf(String s, String... needles) {
    int best = -1;
    for (String n : needles) {
      int i = s.indexOf(n);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }

  private void readHtml(byte[] body, @Nullable String contentType, String source, @Nullable String url, String id,
      Consumer<Input> sink) {
    String page;
    switch (html.decoding(body, contentType)) {
      case HtmlExtractor.Decoding.Unknown u -> {
        sink.accept(bad(source, "unknown charset \"" + u.name() + "\" (from the " + u.where() + ")"));
        return;
      }
      case HtmlExtractor.Decoding.Known k -> page = new String(body, k.charset());
    }
    Page p = html.extract(page, url);
    Page.Metadata m = p.meta();
    String pageUrl = m.url() != null ? m.url() : url;
    String outlet = m.outlet() != null ? m.outlet() : host(pageUrl);
    if (!p.posts().isEmpty()) {
      int n = 0;
      for (Page.Post post : p.posts()) {
        n++;
        LocalDate date = post.published() != null ? post.published() : m.published();
        // Each post gets a URL of its own: the ledger tells articles apart by URL.
        String postUrl = pageUrl == null ? null : pageUrl.replaceFirst("#.*$", "") + "#post-" + n;
        sink.accept(new Input.Read(new Article(id + "#post-" + n, postUrl, outlet, date, post.text()),
            source + "#post-" + n));
      }
      return;
    }
    String text = p.text();
    if (text.isBlank()) {
      String why = html.firstParseError(page).map(e -> " (malformed HTML; first error at " + e + ")").orElse("");
      sink.accept(bad(source, "no article text found in the HTML" + why));
      return;
    }
    sink.accept(new Input.Read(new Article(id, pageUrl, outlet, m.published(), text), source));
  }

  private void readFeed(byte[] body, @Nullable String contentType, String source, Consumer<Input> sink) {
    switch (feeds.read(body, contentType)) {
      case FeedReader.Result.NotAFeed no -> sink.accept(bad(source, no.reason()));
      case FeedReader.Result.Feed feed -> {
        if (feed.items().isEmpty()) {
          sink.accept(bad(source, "feed has no items"));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        for (FeedReader.Item item : feed.items()) {
          n++;
          if (item.text().isBlank()) {
            sink.accept(bad(source + "#item-" + n, "feed item \"" + item.key() + "\" has no text"));
            continue;
          }
          String id = seen.add(item.key()) ? item.key() : item.key() + "#" + n;
          sink.accept(new Input.Read(new Article(id, item.link(), feed.title().isEmpty() ? null : feed.title(),
              item.published(), item.text()), source + "#item-" + n));
        }
      }
    }
  }

  static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url).getHost();
      return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Input bad(String source, String reason) {
    return new Input.Bad(new Issue(source, 0, -1, reason));
  }
}
