package org.swapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swapledger.store.QueryRepository.EventRow;

class LedgerExportTest {
  private static final EventRow JAN3 = new EventRow(1, "2024-01-03", 49, "United Arab Emirates", null, null, 230L,
      "exact", 248L, "exact", null, null, 3, 4, "");
  private static final EventRow QUOTED = new EventRow(2, "2025-04-19", 63, "United Arab Emirates; United States",
      null, null, 277L, "exact", 246L, "exact", null, null, 2, 2, "said \"246, then 277\"");

  private static String export(LedgerExport.Format f, EventRow... rows) {
    StringWriter w = new StringWriter();
    LedgerExport.events(List.of(rows), f, new PrintWriter(w));
    return w.toString();
  }

  @Test
  void events_csv_has_the_columns_a_spreadsheet_needs_and_crlf_line_ends() {
    String csv = export(LedgerExport.Format.CSV, JAN3);

    assertThat(csv).startsWith("id,date,ordinal,returned_to_ukraine,returned_to_ukraine_qualifier,"
        + "returned_to_russia,returned_to_russia_qualifier,total,total_qualifier,mediators,");
    assertThat(csv).contains("\r\n1,2024-01-03,49,230,exact,248,exact,,,United Arab Emirates,,,3,4,\r\n");
  }

  @Test
  void csv_fields_with_quotes_or_commas_are_quoted_with_quotes_doubled() {
    String csv = export(LedgerExport.Format.CSV, QUOTED);

    assertThat(csv).endsWith(",\"said \"\"246, then 277\"\"\"\r\n");
  }

  @Test
  void ndjson_writes_one_object_per_event_with_blanks_as_null() {
    String nd = export(LedgerExport.Format.NDJSON, JAN3, QUOTED);

    assertThat(Arrays.asList(nd.split("\n"))).hasSize(2).first().asString()
        .contains("\"date\":\"2024-01-03\"", "\"returned_to_ukraine\":230", "\"total\":null");
  }
}
