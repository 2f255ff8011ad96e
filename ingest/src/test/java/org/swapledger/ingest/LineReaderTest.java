package org.swapledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<LineReader.Line> lines(byte[] bytes, int max) throws IOException {
    LineReader r = new LineReader(new ByteArrayInputStream(bytes), max);
    List<LineReader.Line> out = new ArrayList<>();
    LineReader.Line l;
    while ((l = r.next()) != null) {
      out.add(l);
    }
    return out;
  }

  @Test
  void numbers_lines_from_one_and_strips_carriage_returns() throws IOException {
    assertThat(lines("first\r\nsecond\nthird".getBytes(), 100)).containsExactly(
        new LineReader.Line(1, "first", null), new LineReader.Line(2, "second", null),
        new LineReader.Line(3, "third", null));
  }

  @Test
  void reports_a_line_over_the_cap_and_goes_on_with_the_next() throws IOException {
    assertThat(lines("short\n0123456789abcdef\nnext\n".getBytes(), 10)).extracting(LineReader.Line::problem)
        .containsExactly(null, "line longer than 0 MiB; skipped", null);
  }

  @Test
  void reports_invalid_utf8_with_the_position_of_the_bad_byte() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'a', 'b', (byte) 0xC3, '(', '\n', 'y', 'e', 's'};

    assertThat(lines(bytes, 100)).extracting(LineReader.Line::text, LineReader.Line::problem).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ok", null),
        org.assertj.core.groups.Tuple.tuple(null, "not valid UTF-8 at byte 3; skipped"),
        org.assertj.core.groups.Tuple.tuple("yes", null));
  }

  @Test
  void reports_nul_bytes_as_binary_data() throws IOException {
    assertThat(lines(new byte[] {'a', 0, 'b', '\n', 'c'}, 100)).extracting(LineReader.Line::problem)
        .containsExactly("binary data (NUL bytes); skipped", null);
  }

  @Test
  void reads_nothing_from_an_empty_stream() throws IOException {
    assertThat(lines(new byte[0], 100)).isEmpty();
  }
}
