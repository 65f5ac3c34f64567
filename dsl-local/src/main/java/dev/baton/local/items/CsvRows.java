package dev.baton.local.items;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields (RFC 4180: fields may be quoted with {@code "}, a quoted
 * field may hold the delimiter, line breaks and doubled quotes {@code ""}). Lines end with
 * {@code \n} or {@code \r\n}; empty lines are skipped.
 */
final class CsvRows {

  /** One row and the line it starts on (1-based), for messages. */
  record Row(List<String> fields, int line) {}

  /** A CSV syntax problem at a line. */
  static final class CsvSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    CsvSyntaxException(String message, int line) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  private CsvRows() {}

  static List<Row> parse(String text, char delimiter, long maxRows) throws CsvSyntaxException {
    List<Row> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int quoteLine = 0;
    int n = text.length();
    for (int i = 0; i < n && rows.size() < maxRows; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
        quoted = true;
        fieldWasQuoted = true;
        quoteLine = line;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (!fields.isEmpty() || field.length() > 0 || fieldWasQuoted) {
          fields.add(field.toString());
          rows.add(new Row(List.copyOf(fields), rowLine));
        }
        fields.clear();
        field.setLength(0);
        fieldWasQuoted = false;
        line++;
        rowLine = line;
      } else if (fieldWasQuoted) {
        throw new CsvSyntaxException(
            "unexpected '" + c + "' after a closing quote; quote the whole field and double"
                + " quotes inside it (\"\")",
            line);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new CsvSyntaxException("a quoted field is never closed", quoteLine);
    }
    if (rows.size() < maxRows && (!fields.isEmpty() || field.length() > 0 || fieldWasQuoted)) {
      fields.add(field.toString());
      rows.add(new Row(List.copyOf(fields), rowLine));
    }
    return rows;
  }
}
