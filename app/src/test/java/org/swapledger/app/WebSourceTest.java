package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.ingest.Input;
import org.swapledger.ingest.http.Fetcher;
import org.swapledger.model.Issue;

class WebSourceTest {
  private static final String CP1251_PAGE = """
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
      <title>Обмен пленными</title></head><body><nav><a href="/">Главная</a></nav>
      <div class="article-body"><h1>Состоялся обмен пленными</h1>
      <p>Россия и Украина провели обмен военнопленными при посредничестве ОАЭ, сообщило Министерство обороны.</p>
      </div><footer>Все права защищены</footer></body></html>
      """;

  @Test
  void fetches_a_windows_1251_page_into_readable_text() throws IOException {
    List<Input> items = new ArrayList<>();
    try (LocalServer server = new LocalServer().serve("/ru/news/2024/01/03/obmen", 200, "text/html",
        CP1251_PAGE.getBytes(Charset.forName("windows-1251"))); Fetcher fetcher = LocalServer.fetcher()) {
      new WebSource(fetcher).read(List.of(server.url("/ru/news/2024/01/03/obmen")), items::add);
    }

    assertThat(items).singleElement().isInstanceOfSatisfying(Input.Read.class, r -> {
      assertThat(r.article().text()).isEqualTo("Состоялся обмен пленными\n\nРоссия и Украина провели обмен "
          + "военнопленными при посредничестве ОАЭ, сообщило Министерство обороны.");
      assertThat(r.article().published()).hasToString("2024-01-03");
    });
  }

  @Test
  void each_bad_url_is_one_issue_and_the_good_ones_are_still_read() throws IOException {
    List<Input> items = new ArrayList<>();
    try (LocalServer server = new LocalServer()
        .serve("/missing", 404, "text/html", new byte[0])
        .serve("/weird", 200, "text/html; charset=x-unheard-of", "<p>hi</p>".getBytes(StandardCharsets.UTF_8))
        .serve("/feed", 200, "application/rss+xml", "this is not xml".getBytes(StandardCharsets.UTF_8))
        .serve("/ok", 200, "text/html", "<html><body><p>A good page.</p></body></html>".getBytes());
        Fetcher fetcher = LocalServer.fetcher()) {
      new WebSource(fetcher).read(List.of(server.url("/missing"), server.url("/weird"), server.url("/feed"),
          "ftp://example.invalid/x", server.url("/ok")), items::add);

      assertThat(items).hasSize(5);
      assertThat(items.subList(0, 4)).allSatisfy(i -> assertThat(i).isInstanceOf(Input.Bad.class));
      assertThat(items.subList(0, 4)).extracting(i -> ((Input.Bad) i).issue()).extracting(Issue::toString)
          .containsExactly(server.url("/missing") + ": HTTP 404",
              server.url("/weird") + ": unknown charset \"x-unheard-of\" (from the Content-Type header)",
              server.url("/feed") + ": not an RSS or Atom feed: Invalid XML: Error on line 1: Content is not allowed in prolog.",
              "ftp://example.invalid/x: not an http(s) URL");
      assertThat(((Input.Read) items.get(4)).article().text()).isEqualTo("A good page.");
    }
  }
}
