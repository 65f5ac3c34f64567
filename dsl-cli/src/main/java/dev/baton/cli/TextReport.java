package dev.baton.cli;

import dev.baton.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints reports the way compilers do, one line per finding, then one summary line:
 *
 * <pre>
 * order.asl.json:12:7: error: [state.next-unknown] ... did you mean 'Ship'? (at /States/Pack/Next)
 * 2 files: 1 valid, 1 with errors (1 error, 0 warnings)
 * </pre>
 */
final class TextReport {
  private TextReport() {}

  /** The lines of one file's findings (nothing for a file without findings). */
  static void printFile(FileReport report, PrintWriter out) {
    for (Diagnostic d : report.diagnostics()) {
      out.println(line(report.file(), d));
    }
  }

  /** {@code file:line:column: severity: [rule] message (at pointer)}, leaving out what is unknown. */
  static String line(String file, Diagnostic d) {
    StringBuilder line = new StringBuilder(file).append(':');
    if (d.line() > 0) {
      line.append(d.line()).append(':');
      if (d.column() > 0) {
        line.append(d.column()).append(':');
      }
    }
    line.append(' ').append(d.severity().name().toLowerCase(Locale.ROOT)).append(": [").append(d.rule()).append("] ")
        .append(oneLine(d.message()));
    if (!d.pointer().isEmpty()) {
      line.append(" (at ").append(d.pointer()).append(')');
    }
    return line.toString();
  }

  /** {@code 2 files: 1 valid, 1 with errors (3 errors, 1 warning)}. */
  static String summary(List<FileReport> reports, boolean strict) {
    long valid = reports.stream().filter(r -> r.passes(strict)).count();
    long withErrors = reports.stream().filter(r -> r.errors() > 0).count();
    long failedOnWarnings =
        reports.stream().filter(r -> !r.isUnreadable() && r.errors() == 0 && !r.passes(strict)).count();
    long unreadable = reports.stream().filter(FileReport::isUnreadable).count();
    long errors = reports.stream().mapToLong(FileReport::errors).sum();
    long warnings = reports.stream().mapToLong(FileReport::warnings).sum();
    StringBuilder summary = new StringBuilder(count(reports.size(), "file")).append(": ")
        .append(valid).append(" valid, ").append(withErrors).append(" with errors");
    if (failedOnWarnings > 0) {
      summary.append(", ").append(failedOnWarnings).append(" with warnings (--strict)");
    }
    if (unreadable > 0) {
      summary.append(", ").append(unreadable).append(" not read");
    }
    return summary.append(" (").append(count(errors, "error")).append(", ").append(count(warnings, "warning"))
        .append(')').toString();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Messages are one line by design; this keeps a stray newline from breaking the format. */
  static String oneLine(String message) {
    if (message.indexOf('\n') < 0 && message.indexOf('\r') < 0) {
      return message;
    }
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
