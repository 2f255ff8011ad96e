package org.swapledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swapledger.ingest.html.HtmlExtractor;
import org.swapledger.ingest.html.Page;
import org.swapledger.model.Span;

/** Seeded random pages and feeds: the parsers never throw, and every offset they give stays inside its text. */
class ParserPropertyTest {
  private static final String[] HTML_PIECES = {"<p>", "</p>", "<div class=\"ad\">", "<div class='content'>", "</div>",
      "<article>", "</article>", "<time datetime=\"2024-01-03T10:00Z\">", "</time>", "<h2>", "</h2>", "<a href=x>",
      "</a>", "<br>", "<ul><li>", "</li></ul>", "<script>var x = '<p>';</script>", "<nav>", "</nav>", "<!--",
      "-->", "<![CDATA[", "]]>", "&amp;", "&#x41;", "&#99999999;", "&nbsp;", "<meta charset=\"windows-1251\">",
      "<meta charset=\"koi8-r\">", "<meta charset=\"x-nonsense\">", "<script type=\"application/ld+json\">",
      "{\"@type\":\"LiveBlogPosting\",\"liveBlogUpdate\":[{\"articleBody\":\"", "\"}]}", "</script>",
      "Skip next section Title\n", "January 3, 2024\n", "\n\n", "  ", "<main>", "</main>", "<footer>", "<",
      ">", "\"", "'", "=", "/", "<html>", "<body>", "<head>", "<title>", "</title>", "<<p>>", "</",
      "prisoners of war were exchanged", "обмен пленными", "230", "\uD83D\uDE00", "\u0000", "\uFFFD"};
  private static final String[] FEED_PIECES = {"<?xml version=\"1.0\"?>", "<rss version=\"2.0\">", "</rss>",
      "<channel>", "</channel>", "<item>", "</item>", "<title>", "</title>", "<link>http://a.example/x</link>",
      "<guid>", "</guid>", "<description>", "</description>", "&lt;p&gt;", "<pubDate>Wed, 03 Jan 2024 10:00:00 GMT"
      + "</pubDate>", "<pubDate>not a date</pubDate>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "</feed>",
      "<entry>", "</entry>", "<content type=\"html\">", "</content>", "<!DOCTYPE x [<!ENTITY e \"boom\">]>", "&e;",
      "text", "<", "&", "]]>", "\u0000", "обмен"};

  private static String random(Random rnd, String[] pieces, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(8) == 0) {
        for (int k = rnd.nextInt(20); k > 0; k--) {
          sb.append((char) rnd.nextInt(0x500));
        }
      } else {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
    }
    return sb.toString();
  }

  private static byte[] bytes(Random rnd, String s) {
    Charset[] cs = {StandardCharsets.UTF_8, Charset.forName("windows-1251"), Charset.forName("KOI8-R"),
        StandardCharsets.UTF_16LE};
    byte[] b = s.getBytes(cs[rnd.nextInt(cs.length)]);
    if (rnd.nextInt(5) == 0 && b.length > 0) {
      b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void html_extraction_never_throws_and_keeps_blocks_inside_the_text(long seed) {
    Random rnd = new Random(seed);
    HtmlExtractor html = new HtmlExtractor();
    for (int i = 0; i < 200; i++) {
      String page = random(rnd, HTML_PIECES, rnd.nextInt(200));

      Page p = html.extract(page, rnd.nextBoolean() ? null : "https://x.example/2024/01/03/a");

      for (Span b : p.blocks()) {
        assertThat(b.end()).isLessThanOrEqualTo(p.text().length());
        assertThat(b.of(p.text())).isNotBlank().isEqualTo(b.of(p.text()).strip());
      }
      assertThat(p.posts()).allSatisfy(post -> assertThat(post.text()).isNotBlank());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15})
  void documents_in_any_encoding_become_articles_or_issues_never_exceptions(long seed) {
    Random rnd = new Random(seed);
    DocumentReader reader = new DocumentReader();
    for (int i = 0; i < 200; i++) {
      boolean feed = rnd.nextBoolean();
      byte[] body = bytes(rnd, random(rnd, feed ? FEED_PIECES : HTML_PIECES, rnd.nextInt(150)));
      List<Input> out = new ArrayList<>();

      String source = "case-" + i;
      reader.read(body, rnd.nextBoolean() ? null : "text/html; charset=" + (rnd.nextBoolean() ? "utf-8" : "bogus"),
          source, null, "id", feed ? DocumentReader.Kind.FEED : null, out::add);

      assertThat(out).isNotEmpty().allSatisfy(in -> {
        switch (in) {
          case Input.Read r -> assertThat(r.article().text()).isNotBlank();
          case Input.Bad b -> {
            assertThat(b.issue().source()).startsWith(source);
            assertThat(b.issue().offset()).isBetween(-1L, (long) body.length);
          }
        }
      });
    }
  }
}
