package org.swapledger.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints rows as aligned columns for a terminal; the last column is not padded. */
final class Table {
  private Table() {}

  static void print(PrintWriter out, List<String> header, List<String[]> rows) {
    int n = header.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = header.get(i).length();
    }
    for (String[] r : rows) {
      for (int i = 0; i < n - 1; i++) {
        width[i] = Math.min(60, Math.max(width[i], r[i].length()));
      }
    }
    line(out, header.toArray(String[]::new), width);
    for (String[] r : rows) {
      line(out, r, width);
    }
  }

  private static void line(PrintWriter out, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      if (i < cells.length - 1) {
        if (c.length() > width[i]) {
          c = c.substring(0, width[i] - 1) + "…";
        }
        sb.append(c).append(" ".repeat(width[i] - c.length() + 2));
      } else {
        sb.append(c);
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
