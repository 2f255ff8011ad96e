package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.http.Fetcher;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.Direction;
import org.swapledger.model.ExchangeReport;
import org.swapledger.model.Figure;
import org.swapledger.model.Issue;
import org.swapledger.model.PartialDate;

/**
 * Acceptance: a live blog in the style of the DW coverage of 3 January 2024 (nine posts, two about the swap,
 * written for this test), fetched over HTTP, yields exactly the exchange facts of those two posts, dated by them.
 */
class LiveBlogExtractionTest {
  private static final ArticlePipeline PIPELINE = ArticlePipeline.shipped();

  private static byte[] page() throws IOException {
    try (InputStream in = LiveBlogExtractionTest.class.getResourceAsStream("liveblog-2024-01-03.html")) {
      return in.readAllBytes();
    }
  }

  private static List<ArticleExtraction> extract(boolean relevanceFilter, List<Issue> issues) throws IOException {
    List<ArticleExtraction> out = new ArrayList<>();
    try (LocalServer server = new LocalServer().serve("/en/live", 200, "text/html; charset=utf-8", page());
        Fetcher fetcher = LocalServer.fetcher()) {
      new ExtractUseCase(PIPELINE, 2, relevanceFilter).run(
          s -> new WebSource(fetcher).read(List.of(server.url("/en/live")), s), out::add, issues::add);
    }
    return out;
  }

  @ParameterizedTest(name = "relevance filter {0}")
  @ValueSource(booleans = {true, false})
  void yields_exactly_the_facts_of_the_two_swap_posts_dated_by_their_posts(boolean filter) throws IOException {
    List<Issue> issues = new ArrayList<>();

    List<ArticleExtraction> posts = extract(filter, issues);

    assertThat(issues).isEmpty();
    assertThat(posts).hasSize(9);
    assertThat(posts).allSatisfy(p -> assertThat(p.article().id()).matches("http://127\\.0\\.0\\.1:\\d+/en/live#post-\\d"));
    List<ArticleExtraction> withFacts = posts.stream().filter(p -> !p.exchanges().isEmpty()).toList();
    assertThat(withFacts).extracting(p -> p.article().id().replaceAll(".*#", ""))
        .containsExactly("post-2", "post-6");
    assertThat(posts).allSatisfy(p -> assertThat(p.cumulative()).isEmpty());

    ExtractionFacts kyiv = facts(withFacts.get(0));
    assertThat(kyiv).isEqualTo(new ExtractionFacts(PartialDate.day(LocalDate.of(2024, 1, 3)), List.of("returned_to_ukraine 230 exact"),
        List.of("United Arab Emirates")));
    ExtractionFacts moscow = facts(withFacts.get(1));
    assertThat(moscow).isEqualTo(new ExtractionFacts(PartialDate.day(LocalDate.of(2024, 1, 3)), List.of("returned_to_russia 248 exact"),
        List.of("United Arab Emirates")));
    assertThat(withFacts).allSatisfy(p -> assertThat(p.article().published()).isEqualTo(LocalDate.of(2024, 1, 3)));
  }

  @Test
  void posts_carry_their_own_titles_and_dates_not_the_pages() throws IOException {
    List<ArticleExtraction> posts = extract(true, new ArrayList<>());

    assertThat(posts.get(1).article().text()).startsWith("Kyiv says over 200 soldiers are back home\n\n"
        + "A total of 230 Ukrainians have returned home from Russian captivity");
    assertThat(posts.getLast().article().published()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(posts).allSatisfy(p -> {
      assertThat(p.article().url()).isEqualTo("https://world.example/en/war-in-ukraine-live-updates/a-67880000"
          + p.article().id().substring(p.article().id().indexOf('#')));
      assertThat(p.article().outlet()).isEqualTo("Example World Service");
      assertThat(p.article().text()).doesNotContain("Advertisement", "Skip to", "Facebook", "Related topics",
          "More on this topic", "Imprint");
    });
  }

  /** The facts of one post that the acceptance criterion is about. */
  record ExtractionFacts(PartialDate date, List<String> figures, List<String> mediators) {}

  private static ExtractionFacts facts(ArticleExtraction x) {
    assertThat(x.exchanges()).hasSize(1);
    ExchangeReport r = x.exchanges().getFirst();
    List<String> figures = new ArrayList<>();
    for (Direction d : Direction.values()) {
      for (Figure f : r.figures(d)) {
        figures.add(d.field() + " " + f.count() + " " + f.qualifier().code());
        assertThat(f.evidence().end()).isLessThanOrEqualTo(x.article().text().length());
      }
    }
    assertThat(r.date()).isNotNull();
    return new ExtractionFacts(r.date(), figures, r.mediators());
  }
}
