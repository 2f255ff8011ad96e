package org.swapledger.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.swapledger.store.QueryRepository.ClaimRow;
import org.swapledger.store.QueryRepository.EventRow;

/** Writes events or claims as CSV (RFC 4180, UTF-8, CRLF), a JSON array, or NDJSON (one object per line). */
public final class LedgerExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Output formats. */
  public enum Format {
    CSV,
    JSON,
    NDJSON
  }

  /** A column: its header and how to read it from a row (null for blank). */
  private record Column<T>(String name, Function<T, @Nullable Object> value) {}

  private static final List<Column<EventRow>> EVENT_COLUMNS = List.of(
      new Column<>("id", EventRow::id), new Column<>("date", EventRow::date),
      new Column<>("ordinal", EventRow::ordinal),
      new Column<>("returned_to_ukraine", EventRow::toUkraine),
      new Column<>("returned_to_ukraine_qualifier", EventRow::toUkraineQualifier),
      new Column<>("returned_to_russia", EventRow::toRussia),
      new Column<>("returned_to_russia_qualifier", EventRow::toRussiaQualifier),
      new Column<>("total", EventRow::total), new Column<>("total_qualifier", EventRow::totalQualifier),
      new Column<>("mediators", EventRow::mediators), new Column<>("location", EventRow::location),
      new Column<>("stage_of", EventRow::stageOf), new Column<>("sources", EventRow::sources),
      new Column<>("articles", EventRow::articles), new Column<>("flags", EventRow::flags));

  private static final List<Column<ClaimRow>> CLAIM_COLUMNS = List.of(
      new Column<>("id", ClaimRow::id), new Column<>("event_id", ClaimRow::eventId),
      new Column<>("event_date", ClaimRow::eventDate), new Column<>("report_date", ClaimRow::reportDate),
      new Column<>("direction", ClaimRow::direction), new Column<>("count", ClaimRow::count),
      new Column<>("qualifier", ClaimRow::qualifier), new Column<>("low", ClaimRow::low),
      new Column<>("high", ClaimRow::high), new Column<>("source", ClaimRow::source),
      new Column<>("authority", ClaimRow::authority), new Column<>("source_group", ClaimRow::sourceGroup),
      new Column<>("best", ClaimRow::best), new Column<>("article", ClaimRow::articleInputId),
      new Column<>("outlet", ClaimRow::outlet), new Column<>("url", ClaimRow::url),
      new Column<>("published", ClaimRow::published), new Column<>("evidence", ClaimRow::evidence),
      new Column<>("evidence_start", ClaimRow::evidenceStart), new Column<>("evidence_end", ClaimRow::evidenceEnd),
      new Column<>("superseded", ClaimRow::superseded), new Column<>("extract_version", ClaimRow::extractVersion),
      new Column<>("additional", ClaimRow::additional));

  private LedgerExport() {}

  public static void events(List<EventRow> rows, Format format, PrintWriter out) {
    write(rows, EVENT_COLUMNS, format, out);
  }

  public static void claims(List<ClaimRow> rows, Format format, PrintWriter out) {
    write(rows, CLAIM_COLUMNS, format, out);
  }

  private static <T> void write(List<T> rows, List<Column<T>> columns, Format format, PrintWriter out) {
    switch (format) {
      case CSV -> {
        out.print(csvLine(columns.stream().map(Column::name).map(n -> (Object) n).toList()));
        for (T r : rows) {
          List<@Nullable Object> cells = new ArrayList<>();
          columns.forEach(c -> cells.add(c.value().apply(r)));
          out.print(csvLine(cells));
        }
      }
      case JSON -> {
        out.print("[");
        String sep = "\n";
        for (T r : rows) {
          out.print(sep);
          out.print(object(r, columns));
          sep = ",\n";
        }
        out.print("\n]\n");
      }
      case NDJSON -> rows.forEach(r -> out.print(object(r, columns) + "\n"));
    }
    out.flush();
  }

  private static <T> String object(T row, List<Column<T>> columns) {
    ObjectNode o = JSON.createObjectNode();
    for (Column<T> c : columns) {
      Object v = c.value().apply(row);
      switch (v) {
        case null -> o.putNull(c.name());
        case Long l -> o.put(c.name(), l);
        case Integer i -> o.put(c.name(), i);
        case Boolean b -> o.put(c.name(), b);
        default -> o.put(c.name(), v.toString());
      }
    }
    return o.toString();
  }

  /** One CSV record with CRLF: fields holding a comma, quote or line break are quoted, quotes doubled. */
  static String csvLine(List<? extends @Nullable Object> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object v = cells.get(i);
      String s = v == null ? "" : v.toString();
      if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(s);
      }
    }
    return sb.append("\r\n").toString();
  }
}
