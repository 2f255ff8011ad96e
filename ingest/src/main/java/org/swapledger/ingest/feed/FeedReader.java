package org.swapledger.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.swapledger.ingest.html.HtmlExtractor;

/** Reads an RSS (0.9x, 1.0, 2.0) or Atom feed into items, with their HTML content turned into text. Thread-safe. */
public final class FeedReader {
  private final HtmlExtractor html = new HtmlExtractor();

  /** One feed item: a stable key (guid, id or link), its link, title, date and text (title + content). */
  public record Item(String key, @Nullable String link, String title, @Nullable LocalDate published, String text) {
    public Item {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A feed with its title and items, or why the bytes are not a feed. */
  public sealed interface Result {
    record Feed(String title, List<Item> items) implements Result {
      public Feed {
        items = List.copyOf(items);
      }
    }

    record NotAFeed(String reason) implements Result {}
  }

  /** Parses {@code bytes}; the encoding comes from the XML prolog, a BOM, or {@code contentType} (may be null). */
  public Result read(byte[] bytes, @Nullable String contentType) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), contentType, true));
    } catch (Exception e) {
      // rome reports bad XML, unknown encodings and unknown feed types with assorted exception types.
      return new Result.NotAFeed("not an RSS or Atom feed: " + firstLine(e.getMessage() == null ? e.toString()
          : e.getMessage()));
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String title = e.getTitle() == null ? "" : e.getTitle().strip();
      String body = "";
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null && c.getValue().length() > body.length()) {
          body = c.getValue();
        }
      }
      if (body.isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
        body = e.getDescription().getValue();
      }
      String text = body.isBlank() ? "" : body.indexOf('<') >= 0 ? html.fragmentText(body) : body.strip();
      if (!title.isEmpty() && !text.startsWith(title)) {
        text = text.isEmpty() ? title : title + "\n\n" + text;
      }
      String link = e.getLink() == null || e.getLink().isBlank() ? null : e.getLink().strip();
      String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link != null ? link
          : "title:" + title;
      Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      LocalDate published = d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
      items.add(new Item(key, link, title, published, text));
    }
    return new Result.Feed(feed.getTitle() == null ? "" : feed.getTitle().strip(), items);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
