package org.swapledger.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String NEWS_PAGE = """
      <!doctype html><html><head>
      <meta charset="utf-8"><title>Swap news | Example Times</title>
      <meta property="og:title" content="Kyiv and Moscow swap prisoners">
      <meta property="og:site_name" content="Example Times">
      <meta property="article:published_time" content="2024-01-31T09:15:00+02:00">
      <meta name="author" content="Jane Writer">
      <link rel="canonical" href="https://example.org/world/swap-story">
      </head><body>
      <header><a href="/">Home</a> <a href="/world">World</a></header>
      <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul></nav>
      <main>
        <h1>Kyiv and Moscow swap prisoners</h1>
        <div class="ad-slot ad">Buy shoes now at the best price in town, limited offer</div>
        <p>Ukraine and Russia exchanged captured soldiers on Wednesday, officials said.</p>
        <p>The exchange was mediated by a third country.</p>
        <div class="related-links"><h3>Related</h3><ul><li><a href="/x">Earlier swap story with a long title</a></li></ul></div>
        <p>Advertisement</p>
        <ul class="list"><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul>
      </main>
      <footer><p>Copyright Example Times, all rights reserved, contact us at the address below.</p></footer>
      </body></html>
      """;

  @Test
  void keeps_headings_and_paragraphs_and_drops_navigation_ads_related_links_and_footer() {
    Page page = extractor.extract(NEWS_PAGE, "https://example.org/world/swap-story?utm=x");

    assertThat(page.text()).isEqualTo("""
        Kyiv and Moscow swap prisoners

        Ukraine and Russia exchanged captured soldiers on Wednesday, officials said.

        The exchange was mediated by a third country.""");
    assertThat(page.blocks()).hasSize(3);
    assertThat(page.blocks().get(1).of(page.text())).startsWith("Ukraine and Russia");
    assertThat(page.posts()).isEmpty();
  }

  @Test
  void reads_title_canonical_url_outlet_author_and_date_from_meta() {
    Page.Metadata meta = extractor.extract(NEWS_PAGE, "https://example.org/world/swap-story?utm=x").meta();

    assertThat(meta.title()).isEqualTo("Kyiv and Moscow swap prisoners");
    assertThat(meta.url()).isEqualTo("https://example.org/world/swap-story");
    assertThat(meta.outlet()).isEqualTo("Example Times");
    assertThat(meta.author()).isEqualTo("Jane Writer");
    assertThat(meta.published()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(meta.liveBlog()).isFalse();
  }

  @Test
  void reads_metadata_from_json_ld_news_article() {
    String html = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
         {"@type":"NewsArticle","headline":"Prisoners come home","datePublished":"2025-05-23T08:00:00Z",
          "author":[{"@type":"Person","name":"Ivan Reporter"}],"publisher":{"@type":"Organization","name":"Daily Wire Service"}}]}
        </script></head><body><article><p>Some one hundred soldiers came home after the swap, the ministry said.</p></article></body></html>
        """;

    Page.Metadata meta = extractor.extract(html, null).meta();

    assertThat(meta.title()).isEqualTo("Prisoners come home");
    assertThat(meta.author()).isEqualTo("Ivan Reporter");
    assertThat(meta.outlet()).isEqualTo("Daily Wire Service");
    assertThat(meta.published()).isEqualTo(LocalDate.of(2025, 5, 23));
  }

  @Test
  void dates_a_page_by_its_time_element_and_else_by_its_url() {
    String withTime = "<html><body><article><time datetime=\"2023-04-10T12:00\">10 April</time>"
        + "<p>Text of the story about the exchange of prisoners.</p></article></body></html>";
    String bare = "<html><body><p>Text of the story about the exchange of prisoners.</p></body></html>";

    assertThat(extractor.extract(withTime, null).meta().published()).isEqualTo(LocalDate.of(2023, 4, 10));
    assertThat(extractor.extract(bare, "https://news.example/2022/10/17/swap.html").meta().published())
        .isEqualTo(LocalDate.of(2022, 10, 17));
    assertThat(extractor.extract(bare, "https://news.example/swap-20221017-abc").meta().published())
        .isEqualTo(LocalDate.of(2022, 10, 17));
  }

  @Test
  void decodes_windows_1251_from_meta_and_koi8_r_from_the_header() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        + "</head><body><p>Россия и Украина провели обмен пленными.</p></body></html>";
    byte[] cp1251 = html.getBytes(Charset.forName("windows-1251"));
    byte[] koi8 = html.replace("windows-1251", "koi8-r").getBytes(Charset.forName("KOI8-R"));

    assertThat(extractor.decoding(cp1251, null)).isEqualTo(
        new HtmlExtractor.Decoding.Known(Charset.forName("windows-1251"), "<meta> charset"));
    assertThat(extractor.decoding(koi8, "text/html; charset=KOI8-R")).isEqualTo(
        new HtmlExtractor.Decoding.Known(Charset.forName("KOI8-R"), "Content-Type header"));
  }

  @Test
  void guesses_cyrillic_single_byte_charsets_when_nothing_is_declared() {
    String html = "<html><body><p>Россия и Украина провели обмен военнопленными, сообщили в министерстве обороны.</p>"
        + "</body></html>";

    assertThat(((HtmlExtractor.Decoding.Known) extractor.decoding(html.getBytes(Charset.forName("windows-1251")),
        null)).charset()).isEqualTo(Charset.forName("windows-1251"));
    assertThat(((HtmlExtractor.Decoding.Known) extractor.decoding(html.getBytes(Charset.forName("KOI8-R")),
        null)).charset()).isEqualTo(Charset.forName("KOI8-R"));
  }

  @Test
  void reports_an_unknown_declared_charset() {
    assertThat(extractor.decoding("<p>x</p>".getBytes(), "text/html; charset=x-martian-7"))
        .isEqualTo(new HtmlExtractor.Decoding.Unknown("x-martian-7", "Content-Type header"));
  }

  @Test
  void splits_a_json_ld_live_blog_into_dated_posts() {
    String html = """
        <html><head><script type="application/ld+json">
        {"@type":"LiveBlogPosting","headline":"Live: the war, day 680","datePublished":"2024-01-02T06:00:00Z",
         "liveBlogUpdate":[
          {"@type":"BlogPosting","headline":"Drone attack on Odesa","datePublished":"2024-01-02T21:40:00Z",
           "articleBody":"Air defence downed most of the drones overnight, the regional governor said."},
          {"@type":"BlogPosting","headline":"Prisoners return home","datePublished":"2024-01-03T11:05:00Z",
           "articleBody":"<p>Dozens of soldiers came back from captivity after talks.</p><p>More returns are planned.</p>"}]}
        </script></head><body><main><p>Page text the posts replace.</p></main></body></html>
        """;

    Page page = extractor.extract(html, null);

    assertThat(page.meta().liveBlog()).isTrue();
    assertThat(page.posts()).containsExactly(
        new Page.Post("Drone attack on Odesa", LocalDate.of(2024, 1, 2),
            "Drone attack on Odesa\n\nAir defence downed most of the drones overnight, the regional governor said."),
        new Page.Post("Prisoners return home", LocalDate.of(2024, 1, 3),
            "Prisoners return home\n\nDozens of soldiers came back from captivity after talks.\n\n"
                + "More returns are planned."));
  }

  @Test
  void splits_article_blocks_with_times_into_posts() {
    String html = """
        <html><body><main><h1>Live updates</h1>
        <article><time datetime="2024-01-03T09:00:00Z">9:00</time><h2>Morning strikes</h2>
          <p>Several regions reported explosions in the early hours of the morning.</p></article>
        <article><time datetime="2024-01-03T15:30:00Z">15:30</time><h2>Soldiers freed</h2>
          <p>A group of soldiers returned from captivity in the afternoon, officials said.</p>
          <div class="share"><a href="#">Share</a></div></article>
        </main></body></html>
        """;

    Page page = extractor.extract(html, null);

    assertThat(page.posts()).extracting(Page.Post::title).containsExactly("Morning strikes", "Soldiers freed");
    assertThat(page.posts().get(1).text()).isEqualTo(
        "Soldiers freed\n\nA group of soldiers returned from captivity in the afternoon, officials said.");
    assertThat(page.posts().get(1).published()).isEqualTo(LocalDate.of(2024, 1, 3));
  }

  @Test
  void splits_the_skip_next_section_text_layout_into_posts() {
    String text = """
        Live updates: the war in Ukraine

        Skip next section What you need to know

        What you need to know

        A summary of the day with the most important developments in the war so far.

        Skip next section Power cuts in Kharkiv
        January 4, 2024

        Power cuts in Kharkiv

        Large parts of the city were left without electricity after a missile strike overnight.
        """;

    assertThat(TextPostSplitter.split(text)).containsExactly(
        new Page.Post("What you need to know", null,
            "What you need to know\n\nA summary of the day with the most important developments in the war so far."),
        new Page.Post("Power cuts in Kharkiv", LocalDate.of(2024, 1, 4),
            "Power cuts in Kharkiv\n\nLarge parts of the city were left without electricity after a missile strike "
                + "overnight."));
  }

  @Test
  void finds_the_first_parse_error_of_malformed_html() {
    assertThat(extractor.firstParseError("<html><body><p>x</div></body>")).isPresent();
  }
}
