package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.extract.ArticlePipeline;
import org.swapledger.ingest.ArticleReader;
import org.swapledger.store.QueryRepository.EventRow;
import org.swapledger.store.Store;

/** A live-blog page ingested into the ledger: its nine posts are nine articles, and the two swap posts one event. */
class LiveBlogIngestTest {
  @TempDir
  Path dir;

  @Test
  void the_two_swap_posts_of_a_live_blog_page_make_one_event_in_the_ledger() throws IOException {
    Path page = dir.resolve("liveblog.html");
    try (InputStream in = getClass().getResourceAsStream("liveblog-2024-01-03.html")) {
      Files.copy(in, page);
    }
    try (Store store = Store.open(dir.resolve("ledger.db"))) {
      IngestUseCase.Summary s = new IngestUseCase(ArticlePipeline.shipped(), 2, 100,
          new RebuildUseCase(Sources.shipped())).run(store, new ArticleReader(null), List.of(page.toString()),
          new ByteArrayInputStream(new byte[0]), n -> { });

      assertThat(s.added()).isEqualTo(9);
      assertThat(s.issues()).isZero();
      List<EventRow> events = new LedgerQuery(store).events();
      assertThat(events).singleElement().satisfies(e -> {
        assertThat(e.date()).isEqualTo("2024-01-03");
        assertThat(e.toUkraine()).isEqualTo(230);
        assertThat(e.toRussia()).isEqualTo(248);
        assertThat(e.mediators()).isEqualTo("United Arab Emirates");
        assertThat(e.articles()).isEqualTo(2);
      });
    }
  }
}
