package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swapledger.model.Article;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.Direction;
import org.swapledger.model.Figure;
import org.swapledger.model.Qualifier;
import org.swapledger.model.Side;

class SavedExtractionsTest {
  @TempDir
  Path dir;

  private static final Article ARTICLE = new Article("a1", null, null, LocalDate.of(2024, 1, 4),
      "Kyiv said 230 came home on Wednesday; Moscow said 248.");

  @Test
  void reads_figures_mediators_ordinals_and_totals_of_the_extraction_contract() throws IOException {
    Path file = dir.resolve("x.jsonl");
    Files.writeString(file, """
        {"id": "a1", "language": "en", "exchanges": [{"date": "2024-01-03", \
        "returned_to_ukraine": [{"count": 230, "qualifier": "exact", "source": "Ukraine", \
        "evidence": {"start": 0, "end": 36}}], \
        "returned_to_russia": [{"count": 248, "qualifier": "exact", "source": "Russia"}], "total": [], \
        "mediators": ["United Arab Emirates"], "ordinal": 49, "location": null}], \
        "cumulative": [{"side": "ukraine", "count": 2828, "qualifier": "more_than", "as_of": "2024-01", \
        "source": null}]}
        """);

    ArticleExtraction x = SavedExtractions.read(file).apply(ARTICLE);

    assertThat(x.exchanges()).singleElement().satisfies(r -> {
      assertThat(r.date()).hasToString("2024-01-03");
      assertThat(r.ordinal()).isEqualTo(49);
      assertThat(r.mediators()).containsExactly("United Arab Emirates");
      assertThat(r.figures(Direction.TO_UKRAINE)).extracting(Figure::count).containsExactly(230L);
      assertThat(r.figures(Direction.TO_UKRAINE).get(0).evidence().of(ARTICLE.text()))
          .isEqualTo("Kyiv said 230 came home on Wednesday");
      assertThat(r.figures(Direction.TO_RUSSIA).get(0).evidence().length()).isZero();
    });
    assertThat(x.cumulative()).singleElement().satisfies(c -> {
      assertThat(c.side()).isEqualTo(Side.UKRAINE);
      assertThat(c.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    });
  }

  @Test
  void an_article_the_file_does_not_list_has_nothing() throws IOException {
    Path file = dir.resolve("x.jsonl");
    Files.writeString(file, "{\"id\": \"other\", \"exchanges\": []}\n");

    assertThat(SavedExtractions.read(file).apply(ARTICLE).exchanges()).isEmpty();
  }
}
