package org.swapledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.swapledger.app.ExtractionJson;
import org.swapledger.model.ArticleExtraction;
import org.swapledger.model.Issue;

/** Prints extractions as JSONL, a JSON array or a table, and issues as one line each on stderr. */
final class ExtractionOutput {
  /** How extractions are printed. */
  enum Format { jsonl, json, table }

  private final PrintWriter out;
  private final PrintWriter err;
  private final Format format;
  private final List<String[]> table = new ArrayList<>();
  private final boolean flushEach;
  private boolean first = true;

  /** @param flushEach flush after every JSONL line (for a long-running watch), not only at the end */
  ExtractionOutput(PrintWriter out, PrintWriter err, Format format, boolean flushEach) {
    this.out = out;
    this.err = err;
    this.format = format;
    this.flushEach = flushEach;
    if (format == Format.json) {
      out.print("[");
    }
  }

  void extraction(ArticleExtraction x) {
    switch (format) {
      case jsonl -> {
        out.println(ExtractionJson.line(x));
        if (flushEach) {
          out.flush();
        }
      }
      case json -> {
        out.print(first ? "\n" : ",\n");
        out.print(ExtractionJson.line(x));
        first = false;
      }
      case table -> table.addAll(ExtractionJson.rows(x));
    }
  }

  void issue(Issue issue) {
    synchronized (err) {
      err.println(issue);
      err.flush();
    }
  }

  void end() {
    if (format == Format.json) {
      out.println("\n]");
    } else if (format == Format.table) {
      Table.print(out, List.of("article", "date", "direction", "count", "qualifier", "source", "evidence"), table);
    }
    out.flush();
  }
}
