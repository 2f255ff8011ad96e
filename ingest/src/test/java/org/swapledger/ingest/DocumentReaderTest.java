package org.swapledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.model.Article;
import org.swapledger.model.Issue;

class DocumentReaderTest {
  private final DocumentReader reader = new DocumentReader();

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link>
      <item><title>Captives come home</title><link>https://wire.example/a1</link><guid>wire-a1</guid>
        <pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;Soldiers returned from captivity.&lt;/p&gt;&lt;p&gt;Talks went on.&lt;/p&gt;</description></item>
      <item><title>Weather</title><link>https://wire.example/a2</link>
        <pubDate>Thu, 04 Jan 2024 10:00:00 GMT</pubDate><description>Snow in the north.</description></item>
      </channel></rss>
      """;

  private List<Input> read(byte[] body, String contentType, DocumentReader.Kind hint) {
    List<Input> out = new ArrayList<>();
    reader.read(body, contentType, "src", "https://site.example/2024/01/03/page", "page", hint, out::add);
    return out;
  }

  @Test
  void reads_an_rss_feed_into_one_article_per_item() {
    List<Input> items = read(RSS.getBytes(StandardCharsets.UTF_8), null, null);

    assertThat(items).containsExactly(
        new Input.Read(new Article("wire-a1", "https://wire.example/a1", "Example Wire", LocalDate.of(2024, 1, 3),
            "Captives come home\n\nSoldiers returned from captivity.\n\nTalks went on."), "src#item-1"),
        new Input.Read(new Article("https://wire.example/a2", "https://wire.example/a2", "Example Wire",
            LocalDate.of(2024, 1, 4), "Weather\n\nSnow in the north."), "src#item-2"));
  }

  @Test
  void reads_an_atom_feed() {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Example</title><id>urn:feed</id>
        <updated>2025-02-05T12:00:00Z</updated>
        <entry><title>Exchange done</title><id>urn:e1</id><link href="https://atom.example/e1"/>
          <updated>2025-02-05T12:00:00Z</updated><content type="html">&lt;p&gt;Both sides freed captives.&lt;/p&gt;</content></entry>
        </feed>
        """;

    List<Input> items = read(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", null);

    assertThat(items).singleElement().isEqualTo(new Input.Read(new Article("urn:e1", "https://atom.example/e1",
        "Atom Example", LocalDate.of(2025, 2, 5), "Exchange done\n\nBoth sides freed captives."), "src#item-1"));
  }

  @Test
  void a_feed_that_is_not_xml_is_one_issue() {
    List<Input> items = read("this is { not xml".getBytes(StandardCharsets.UTF_8), null, DocumentReader.Kind.FEED);

    assertThat(items).singleElement().isInstanceOfSatisfying(Input.Bad.class, b -> {
      assertThat(b.issue().source()).isEqualTo("src");
      assertThat(b.issue().reason()).startsWith("not an RSS or Atom feed");
    });
  }

  @Test
  void tells_a_feed_from_a_page_by_content_whatever_the_hint() {
    assertThat(DocumentReader.kind(RSS.getBytes(StandardCharsets.UTF_8), "text/html", DocumentReader.Kind.HTML))
        .isEqualTo(DocumentReader.Kind.FEED);
    assertThat(DocumentReader.kind("<!DOCTYPE html><html><p>x".getBytes(StandardCharsets.UTF_8), "text/xml", null))
        .isEqualTo(DocumentReader.Kind.HTML);
  }

  @Test
  void reads_a_windows_1251_page_into_an_article_with_its_metadata() {
    String html = """
        <html><head><meta charset="windows-1251"><title>Обмен пленными</title>
        <meta property="og:site_name" content="Пример Новости"></head>
        <body><article><h1>Обмен пленными</h1><p>Россия и Украина провели обмен военнопленными.</p></article></body></html>
        """;

    List<Input> items = read(html.getBytes(Charset.forName("windows-1251")), "text/html", null);

    assertThat(items).containsExactly(new Input.Read(new Article("page", "https://site.example/2024/01/03/page",
        "Пример Новости", LocalDate.of(2024, 1, 3), "Обмен пленными\n\nРоссия и Украина провели обмен военнопленными."),
        "src"));
  }

  @Test
  void reads_a_koi8_r_page_named_by_the_content_type() {
    String html = "<html><body><article><p>Украина вернула из плена 95 защитников.</p></article></body></html>";

    List<Input> items = read(html.getBytes(Charset.forName("KOI8-R")), "text/html; charset=KOI8-R", null);

    assertThat(((Input.Read) items.getFirst()).article().text()).isEqualTo("Украина вернула из плена 95 защитников.");
  }

  @Test
  void splits_a_page_laid_out_as_skip_next_section_paragraphs_into_dated_posts() {
    String html = """
        <html><body><div class="content">
        <p>Skip next section Ferry traffic resumes</p><p>January 3, 2024</p><p>Ferry traffic resumes</p>
        <p>Ferries crossed the strait again after a two-day pause caused by storms in the region.</p>
        <p>Skip next section Talks on captives</p><p>January 4, 2024</p><p>Talks on captives</p>
        <p>Negotiators met again to discuss the return of captured soldiers, officials said on Thursday.</p>
        </div></body></html>
        """;

    List<Input> items = read(html.getBytes(StandardCharsets.UTF_8), "text/html", null);

    assertThat(items).extracting(i -> ((Input.Read) i).article().id()).containsExactly("page#post-1", "page#post-2");
    assertThat(items).extracting(i -> ((Input.Read) i).article().published())
        .containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
    assertThat(((Input.Read) items.get(1)).article().text()).isEqualTo("Talks on captives\n\nNegotiators met again "
        + "to discuss the return of captured soldiers, officials said on Thursday.");
    assertThat(((Input.Read) items.get(1)).article().url()).isEqualTo("https://site.example/2024/01/03/page#post-2");
  }

  @Test
  void an_unknown_charset_is_one_issue_naming_it() {
    List<Input> items = read("<html><p>x</p></html>".getBytes(StandardCharsets.UTF_8), "text/html; charset=x-foo",
        null);

    assertThat(items).containsExactly(new Input.Bad(new Issue("src", 0, -1,
        "unknown charset \"x-foo\" (from the Content-Type header)")));
  }

  @Test
  void a_page_without_text_is_one_issue_with_the_first_parse_error() {
    List<Input> items = read("<html><body><nav><a href=/>Home</a></nav></div></body>".getBytes(StandardCharsets.UTF_8),
        "text/html", null);

    assertThat(items).singleElement().isInstanceOfSatisfying(Input.Bad.class, b ->
        assertThat(b.issue().reason()).startsWith("no article text found in the HTML (malformed HTML; first error at"));
  }

  @Test
  void gives_each_live_blog_post_its_own_id_and_date() {
    String html = """
        <html><head><meta property="article:published_time" content="2024-01-02"></head><body><main>
        <article><time datetime="2024-01-02T22:00:00Z">22:00</time><h2>Night</h2>
          <p>Air raid alerts sounded across the country during the night and into the morning.</p></article>
        <article><h2>Morning</h2><time datetime="2024-01-03T08:00:00Z">08:00</time>
          <p>Rescue teams worked through the rubble in the capital on Wednesday morning.</p></article>
        </main></body></html>
        """;

    List<Input> items = read(html.getBytes(StandardCharsets.UTF_8), "text/html", null);

    assertThat(items).extracting(i -> ((Input.Read) i).article().id()).containsExactly("page#post-1", "page#post-2");
    assertThat(items).extracting(i -> ((Input.Read) i).article().published())
        .containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3));
  }
}
