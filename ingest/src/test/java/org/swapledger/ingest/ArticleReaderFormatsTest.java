package org.swapledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class ArticleReaderFormatsTest {
  @TempDir
  Path dir;

  private static final String PAGE = "<!doctype html><html><head><meta property=\"article:published_time\" "
      + "content=\"2024-06-25\"></head><body><article><h1>Swap</h1><p>Ninety captives came home.</p></article>"
      + "</body></html>";

  private List<Input> read(String... paths) {
    List<Input> out = new ArrayList<>();
    new ArticleReader(null).read(List.of(paths), new ByteArrayInputStream(new byte[0]), out::add);
    return out;
  }

  private static List<String> ids(List<Input> inputs) {
    return inputs.stream().map(i -> switch (i) {
      case Input.Read r -> r.article().id();
      case Input.Bad b -> "BAD " + b.issue().reason();
    }).toList();
  }

  @Test
  void reads_html_feeds_and_warc_files_in_a_directory_by_extension() throws IOException {
    Files.writeString(dir.resolve("a-page.html"), PAGE);
    Files.writeString(dir.resolve("b-feed.rss"), DocumentReaderTest.RSS);
    Files.write(dir.resolve("c-crawl.warc.gz"), WarcArticleReaderTest.warc(WarcCompression.GZIP,
        new String[] {"https://w.example/one", "200", "text/html", WarcArticleReaderTest.page("Crawled story.")}));
    Files.writeString(dir.resolve("d-notes.pdf"), "%PDF");

    List<Input> items = read(dir.toString());

    assertThat(ids(items)).containsExactly("a-page", "wire-a1", "https://wire.example/a2", "https://w.example/one",
        "BAD unsupported file type; expected .jsonl, .ndjson, .txt, .html, .htm, .xml, .rss, .atom, .warc or .warc.gz");
    assertThat(((Input.Read) items.getFirst()).article().text()).isEqualTo("Swap\n\nNinety captives came home.");
    assertThat(((Input.Read) items.getFirst()).article().published()).hasToString("2024-06-25");
  }

  @Test
  void tells_formats_apart_by_content_when_the_extension_says_nothing() throws IOException {
    Files.writeString(dir.resolve("page"), PAGE);
    Files.writeString(dir.resolve("feed"), DocumentReaderTest.RSS);
    Files.write(dir.resolve("crawl"), WarcArticleReaderTest.warc(WarcCompression.NONE,
        new String[] {"https://w.example/two", "200", "text/html", WarcArticleReaderTest.page("Crawled story.")}));

    assertThat(ids(read(dir.resolve("page").toString(), dir.resolve("feed").toString(),
        dir.resolve("crawl").toString()))).containsExactly("page", "wire-a1", "https://wire.example/a2",
        "https://w.example/two");
  }

  @Test
  void reads_html_from_standard_input() {
    List<Input> out = new ArrayList<>();

    new ArticleReader(null).read(List.of("-"), new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
        out::add);

    assertThat(ids(out)).containsExactly("stdin");
  }

  @Test
  void splits_a_text_file_with_the_skip_next_section_layout_into_posts() throws IOException {
    Files.writeString(dir.resolve("live.txt"), """
        Live updates

        Skip next section First post
        January 3, 2024

        First post

        Something happened in the morning and officials commented on it at length.

        Skip next section Second post
        January 4, 2024

        Second post

        Something else happened the next day and was reported by several outlets.
        """);

    List<Input> items = read(dir.resolve("live.txt").toString());

    assertThat(ids(items)).containsExactly("live#post-1", "live#post-2");
    assertThat(((Input.Read) items.get(1)).article().published()).hasToString("2024-01-04");
  }
}
