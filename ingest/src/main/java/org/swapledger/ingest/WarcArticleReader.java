package org.swapledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.swapledger.model.Issue;

/**
 * Reads the HTML and feed responses of a WARC file (plain or gzip, as web archives and Common Crawl News store them)
 * as a stream: one record in memory at a time, each payload capped. Requests, metadata, redirects, images and other
 * non-document records are not articles and are passed over.
 */
public final class WarcArticleReader {
  /** Payloads larger than this are not news pages; they are skipped with an issue rather than held in memory. */
  public static final int MAX_PAYLOAD_BYTES = 8 << 20;
  private final DocumentReader documents;
  private final int maxPayloadBytes;

  public WarcArticleReader(DocumentReader documents) {
    this(documents, MAX_PAYLOAD_BYTES);
  }

  WarcArticleReader(DocumentReader documents, int maxPayloadBytes) {
    this.documents = documents;
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /** Reads every record of {@code in} (named {@code source} in issues) and hands articles and issues to the sink. */
  public void read(String source, InputStream in, Consumer<Input> sink) {
    long n = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        long position = reader.position();
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.accept(new Input.Bad(new Issue(source, 0, position, "invalid WARC record: " + e.getMessage()
              + "; stopped reading this file")));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        n++;
        if (next.get() instanceof WarcResponse response) {
          readResponse(source, position, response, sink);
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(new Input.Bad(new Issue(source, 0, -1, "not a readable WARC file: " + e.getMessage())));
      return;
    }
    if (n == 0) {
      sink.accept(new Input.Bad(new Issue(source, 0, -1, "WARC file has no records")));
    }
  }

  private void readResponse(String source, long position, WarcResponse response, Consumer<Input> sink) {
    String target = response.target();
    String where = source + " " + target;
    try {
      if (!response.contentType().base().toString().equals("application/http")) {
        return;
      }
      HttpResponse http = response.http();
      String type = http.headers().first("Content-Type").orElse("");
      String lower = type.toLowerCase(Locale.ROOT);
      if (http.status() != 200 || !(lower.contains("html") || lower.contains("xml") || lower.contains("rss"))) {
        return;
      }
      byte[] body;
      try (InputStream payload = http.bodyDecoded().stream()) {
        body = payload.readNBytes(maxPayloadBytes + 1);
      }
      if (body.length > maxPayloadBytes) {
        sink.accept(new Input.Bad(new Issue(where, 0, position, "payload larger than " + (maxPayloadBytes >> 20)
            + " MiB; skipped")));
        return;
      }
      documents.read(body, type, where, target, target, null, sink);
    } catch (IOException | RuntimeException e) {
      sink.accept(new Input.Bad(new Issue(where, 0, position, "unreadable response record: " + e.getMessage())));
    }
  }
}
