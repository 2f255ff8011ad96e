package org.swapledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticleReaderTest {
  static byte[] warc(WarcCompression compression, String[]... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      for (String[] r : records) {
        byte[] body = r[3].getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 " + r[1] + " X\r\nContent-Type: " + r[2] + "\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] block = new byte[http.length + body.length];
        System.arraycopy(http, 0, block, 0, http.length);
        System.arraycopy(body, 0, block, http.length, body.length);
        w.write(new WarcResponse.Builder(URI.create(r[0])).body(MediaType.HTTP_RESPONSE, block).build());
      }
    }
    return out.toByteArray();
  }

  static String page(String p) {
    return "<html><body><article><p>" + p + "</p></article></body></html>";
  }

  private List<Input> read(byte[] warc, int cap) {
    List<Input> out = new ArrayList<>();
    new WarcArticleReader(new DocumentReader(), cap).read("crawl.warc.gz", new ByteArrayInputStream(warc), out::add);
    return out;
  }

  @Test
  void reads_html_responses_of_a_gzipped_warc_and_passes_over_other_records() throws IOException {
    byte[] warc = warc(WarcCompression.GZIP,
        new String[] {"https://a.example/2024/01/03/one", "200", "text/html; charset=utf-8", page("First story text.")},
        new String[] {"https://a.example/logo.png", "200", "image/png", "PNG"},
        new String[] {"https://a.example/gone", "404", "text/html", page("Not found")},
        new String[] {"https://b.example/two", "200", "text/html", page("Second story text.")});

    List<Input> items = read(warc, 1 << 20);

    assertThat(items).extracting(i -> ((Input.Read) i).article().id())
        .containsExactly("https://a.example/2024/01/03/one", "https://b.example/two");
    assertThat(((Input.Read) items.get(0)).article().text()).isEqualTo("First story text.");
    assertThat(((Input.Read) items.get(0)).origin()).isEqualTo("crawl.warc.gz https://a.example/2024/01/03/one");
  }

  @Test
  void skips_an_oversized_payload_with_an_issue_and_reads_on() throws IOException {
    byte[] warc = warc(WarcCompression.NONE,
        new String[] {"https://a.example/big", "200", "text/html", page("x".repeat(5000))},
        new String[] {"https://a.example/small", "200", "text/html", page("Small story text.")});

    List<Input> items = read(warc, 1000);

    assertThat(items).hasSize(2);
    assertThat(((Input.Bad) items.get(0)).issue().reason()).startsWith("payload larger than");
    assertThat(((Input.Read) items.get(1)).article().id()).isEqualTo("https://a.example/small");
  }

  @Test
  void a_file_that_is_not_a_warc_is_one_issue() {
    List<Input> items = read("WARC/1.0\r\ngarbage".getBytes(StandardCharsets.UTF_8), 1000);

    assertThat(items).singleElement().isInstanceOf(Input.Bad.class);
  }
}
