package dev.ao.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A kubectl-style table: upper-case headers, columns padded to the widest cell, three spaces apart. */
public final class Table {
  private static final String GAP = "   ";
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  public Table(String... headers) {
    this(Arrays.asList(headers));
  }

  public Table add(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + headers.size() + " columns");
    }
    rows.add(cells.stream().map(c -> c == null || c.isEmpty() ? "-" : c).toList());
    return this;
  }

  public List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /** Column widths over the header and every row; a watch keeps them for the lines it prints later. */
  public int[] widths() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
    }
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    return widths;
  }

  public void print(PrintWriter out) {
    int[] widths = widths();
    out.println(format(headers, widths));
    for (List<String> row : rows) {
      out.println(format(row, widths));
    }
    out.flush();
  }

  /** One line with the given widths; the last column is not padded, so lines carry no trailing spaces. */
  public static String format(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i) == null || cells.get(i).isEmpty() ? "-" : cells.get(i);
      if (i == cells.size() - 1) {
        line.append(cell);
      } else {
        line.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length()))).append(GAP);
      }
    }
    return line.toString().stripTrailing();
  }
}
