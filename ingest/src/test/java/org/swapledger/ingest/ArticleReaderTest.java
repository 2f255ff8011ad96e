package org.swapledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.model.Article;

class ArticleReaderTest {
  @Test
  void reads_a_jsonl_record_as_an_article_with_its_origin() {
    Input in = ArticleReader.parseRecord("dump.jsonl", 7, "{\"id\": \"a1\", \"url\": \"https://example.org/a1\", "
        + "\"outlet\": \"Example\", \"published\": \"2024-01-31T10:00:00Z\", \"text\": \"207 came home.\"}");

    assertThat(in).isEqualTo(new Input.Read(new Article("a1", "https://example.org/a1", "Example",
        LocalDate.of(2024, 1, 31), "207 came home."), "dump.jsonl:7"));
  }

  @Test
  void a_record_with_a_null_publication_date_has_none() {
    Input in = ArticleReader.parseRecord("d", 1, "{\"id\": \"a\", \"published\": null, \"text\": \"t\"}");

    assertThat(((Input.Read) in).article().published()).isNull();
  }

  @Test
  void names_the_line_and_reason_of_a_bad_record() {
    assertThat(ArticleReader.parseRecord("d.jsonl", 3, "{\"text\": \"t\"}")).hasToString(
        "Bad[issue=d.jsonl:3: record has no \"id\"]");
    assertThat(ArticleReader.parseRecord("d.jsonl", 4, "{\"id\": \"a\", \"text\": \"  \"}")).hasToString(
        "Bad[issue=d.jsonl:4: record \"a\" has no \"text\"]");
    assertThat(ArticleReader.parseRecord("d.jsonl", 5, "{\"id\": \"a\", \"text\": \"t\", \"published\": \"soon\"}"))
        .hasToString("Bad[issue=d.jsonl:5: record \"a\": \"published\" is not a date (YYYY-MM-DD): soon]");
    assertThat(ArticleReader.parseRecord("d.jsonl", 6, "\"just a string\"")).hasToString(
        "Bad[issue=d.jsonl:6: not a JSON object]");
    assertThat(ArticleReader.parseRecord("d.jsonl", 7, "{\"id\": ")).asString().startsWith(
        "Bad[issue=d.jsonl:7:").contains("invalid JSON");
  }

  @Test
  void reads_the_publication_date_from_a_dateline() {
    assertThat(ArticleReader.dateline("KYIV, January 31, 2024 - Ukraine said")).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(ArticleReader.dateline("Moscow, 31 December 2022\nRussia said")).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(ArticleReader.dateline("Posted 2024-06-25 by the desk")).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(ArticleReader.dateline("No date here, only 31 Febuary.")).isNull();
  }

  @Test
  void reads_standard_input_as_jsonl_when_it_starts_with_a_brace_else_as_text() {
    List<Input> items = new ArrayList<>();
    new ArticleReader(LocalDate.of(2024, 1, 3)).read(List.of("-"),
        new ByteArrayInputStream("  {\"id\": \"x\", \"text\": \"t\"}\n".getBytes()), items::add);
    new ArticleReader(LocalDate.of(2024, 1, 3)).read(List.of("-"),
        new ByteArrayInputStream("Plain text.".getBytes()), items::add);

    assertThat(items).extracting(i -> ((Input.Read) i).article().id()).containsExactly("x", "stdin");
    assertThat(((Input.Read) items.get(1)).article().published()).isEqualTo(LocalDate.of(2024, 1, 3));
  }
}
