package dev.baton.cli;

import dev.baton.diagnostics.Diagnostic;
import java.util.List;

/**
 * The verdict on one file named on the command line.
 *
 * @param file the file name as given
 * @param diagnostics what the validator (or the reading of the file) found, in document order
 * @param unreadable why the file could not be read at all (an I/O error), or null when it was read
 */
record FileReport(String file, List<Diagnostic> diagnostics, String unreadable) {
  /** Creates a report, copying the diagnostics. */
  FileReport {
    diagnostics = List.copyOf(diagnostics);
  }

  /** A report on a file that was read. */
  static FileReport of(String file, List<Diagnostic> diagnostics) {
    return new FileReport(file, diagnostics, null);
  }

  /** A report on a file that could not be read. */
  static FileReport unreadable(String file, String reason) {
    return new FileReport(file, List.of(), reason);
  }

  /** Whether the file could not be read. */
  boolean isUnreadable() {
    return unreadable != null;
  }

  /** The number of errors. */
  long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  /** The number of warnings. */
  long warnings() {
    return diagnostics.size() - errors();
  }

  /** Whether the file was read and passes: no error, and no warning either when {@code strict}. */
  boolean passes(boolean strict) {
    return !isUnreadable() && errors() == 0 && (!strict || warnings() == 0);
  }
}
