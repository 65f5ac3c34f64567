package dev.baton.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.json.CanonicalJson;
import java.util.List;

/**
 * Prints reports as one JSON array, one object per file, in the order the files were named:
 *
 * <pre>{@code
 * [
 *   {
 *     "file": "order.asl.json",
 *     "valid": false,
 *     "diagnostics": [
 *       {
 *         "rule": "state.next-unknown",
 *         "severity": "ERROR",
 *         "layer": "structure",
 *         "pointer": "/States/Pack/Next",
 *         "line": 12,
 *         "column": 7,
 *         "message": "Next 'Shipp' is not a state; did you mean 'Ship'?"
 *       }
 *     ]
 *   }
 * ]
 * }</pre>
 *
 * <p>{@code line} and {@code column} are null when unknown. A file that could not be read has
 * {@code "valid": false}, no diagnostics, and an {@code "error"} member saying why.
 */
final class JsonReport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonReport() {}

  /** The JSON text of the reports, with a final newline. */
  static String print(List<FileReport> reports, boolean strict) {
    ArrayNode files = NODES.arrayNode();
    for (FileReport report : reports) {
      ObjectNode file = files.addObject();
      file.put("file", report.file());
      file.put("valid", report.passes(strict));
      if (report.isUnreadable()) {
        file.put("error", report.unreadable());
      }
      ArrayNode diagnostics = file.putArray("diagnostics");
      for (Diagnostic d : report.diagnostics()) {
        ObjectNode diagnostic = diagnostics.addObject();
        diagnostic.put("rule", d.rule());
        diagnostic.put("severity", d.severity().name());
        diagnostic.put("layer", d.layer().label());
        diagnostic.put("pointer", d.pointer());
        position(diagnostic, "line", d.line());
        position(diagnostic, "column", d.column());
        diagnostic.put("message", d.message());
      }
    }
    return CanonicalJson.print(files);
  }

  private static void position(ObjectNode diagnostic, String name, int value) {
    if (value > 0) {
      diagnostic.put(name, value);
    } else {
      diagnostic.putNull(name);
    }
  }
}
