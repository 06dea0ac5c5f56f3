package dev.shotcharts.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shotcharts.model.RecordJson;
import dev.shotcharts.views.SeasonQuery.Format;
import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A query's answer on the console: CSV with a header, an aligned table, or JSON. */
final class ResultPrinter {
  private ResultPrinter() {}

  static void print(ResultSet rows, Format format, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      names.add(meta.getColumnLabel(i));
    }
    List<List<Object>> objects = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    while (rows.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= names.size(); i++) {
        row.add(rows.getObject(i));
      }
      objects.add(row);
      values.add(row.stream().map(v -> v == null ? null : v.toString()).toList());
    }
    switch (format) {
      case CSV -> {
        out.println(names.stream().map(ResultPrinter::csv).collect(Collectors.joining(",")));
        values.forEach(
            r -> out.println(r.stream().map(ResultPrinter::csv).collect(Collectors.joining(","))));
      }
      case TABLE -> printTable(names, values, out);
      case JSON -> {
        ArrayNode array = RecordJson.mapper().createArrayNode();
        for (List<Object> r : objects) {
          ObjectNode object = array.addObject();
          for (int i = 0; i < names.size(); i++) {
            // Numbers and booleans as JSON's own; dates, times and text as strings.
            Object value = r.get(i);
            if (value instanceof Number || value instanceof Boolean) {
              object.set(names.get(i), RecordJson.mapper().valueToTree(value));
            } else {
              object.put(names.get(i), value == null ? null : value.toString());
            }
          }
        }
        out.println(array.toPrettyString());
      }
    }
  }

  private static void printTable(List<String> names, List<List<String>> values, PrintStream out) {
    int[] widths = names.stream().mapToInt(String::length).toArray();
    for (List<String> r : values) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], String.valueOf(r.get(i)).length());
      }
    }
    out.println(line(names, widths));
    out.println(line(java.util.Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
    values.forEach(r -> out.println(line(r, widths)));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      text.append(i == 0 ? "" : "  ");
      text.append(String.format("%-" + widths[i] + "s", String.valueOf(cells.get(i))));
    }
    return text.toString().stripTrailing();
  }

  /** RFC 4180: quote a field with a comma, quote or line break; null is empty. */
  static String csv(String value) {
    if (value == null) {
      return "";
    }
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
