package dev.baton.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.AslWriter;
import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import java.util.List;
import java.util.Set;

/**
 * Each state uses only the fields of its query language. The state's own JSON (as the writer
 * writes it) says which fields are present, so this check follows the writer without a second
 * list of accessors.
 */
final class QueryLanguageChecks {
  private static final List<String> JSONPATH_FIELDS = List.of("InputPath", "OutputPath", "Parameters",
      "ResultSelector", "ResultPath", "ItemsPath", "SecondsPath", "TimestampPath", "TimeoutSecondsPath",
      "HeartbeatSecondsPath", "ErrorPath", "CausePath", "MaxConcurrencyPath", "ToleratedFailurePercentagePath",
      "ToleratedFailureCountPath", "Iterator");
  private static final List<String> JSONATA_FIELDS = List.of("Arguments", "Output", "Items");
  private static final Set<String> EXPRESSION_VALUED = Set.of("TimeoutSeconds", "HeartbeatSeconds", "Seconds",
      "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount");

  private QueryLanguageChecks() {}

  static void check(Definition d, Findings f) {
    for (State state : d.allStates()) {
      String p = d.pointerOf(state);
      JsonNode node = AslWriter.state(state);
      if (d.topLevel() == QueryLanguage.JSONATA && state.queryLanguage().orElse(null) == QueryLanguage.JSONPATH) {
        f.report(Rule.JSONATA_JSONPATH_STATE, p + "/QueryLanguage", "state '" + state.name() + "' is JSONPath in a"
            + " state machine whose QueryLanguage is JSONata; AWS allows JSONata states in a JSONPath machine, not the"
            + " reverse: rewrite the state in JSONata or make the machine JSONPath");
      }
      if (d.isJsonata(state)) {
        jsonataState(state.name(), node, p, f);
      } else {
        jsonPathState(state.name(), node, p, f);
      }
    }
  }

  private static void jsonataState(String name, JsonNode node, String p, Findings f) {
    for (String field : JSONPATH_FIELDS) {
      if (node.has(field)) {
        f.report(Rule.JSONATA_NO_JSONPATH_FIELD, p + "/" + field, field + " is a JSONPath field, but state '" + name
            + "' is JSONata; " + jsonataAlternative(field));
      }
    }
    forEach(node, p, "Catch", (c, at) -> {
      if (c.has("ResultPath")) {
        f.report(Rule.JSONATA_NO_JSONPATH_FIELD, at + "/ResultPath", "a catcher of JSONata state '" + name
            + "' has ResultPath; use Output (with $states.errorOutput) or Assign instead");
      }
    });
    forEach(node, p, "Choices", (c, at) -> {
      if (!c.has("Condition")) {
        f.report(Rule.JSONATA_NO_JSONPATH_FIELD, at, "a rule of JSONata Choice state '" + name
            + "' uses a JSONPath test (Variable, And, Or, Not); write it as a Condition: \"{% ... %}\"");
      }
    });
    nested(node, "ItemReader", "Parameters", name, p, "use Arguments", f);
    nested(node, "ResultWriter", "Parameters", name, p, "use Arguments", f);
    nested(node.path("ItemReader"), "ReaderConfig", "MaxItemsPath", name, p + "/ItemReader",
        "use MaxItems with a {% %} expression", f);
    nested(node, "ItemBatcher", "MaxItemsPerBatchPath", name, p, "use MaxItemsPerBatch with a {% %} expression", f);
    nested(node, "ItemBatcher", "MaxInputBytesPerBatchPath", name, p,
        "use MaxInputBytesPerBatch with a {% %} expression", f);
  }

  private static void jsonPathState(String name, JsonNode node, String p, Findings f) {
    for (String field : JSONATA_FIELDS) {
      if (node.has(field)) {
        f.report(Rule.JSONPATH_NO_JSONATA_FIELD, p + "/" + field, field + " is a JSONata field, but state '" + name
            + "' is JSONPath; " + jsonPathAlternative(field));
      }
    }
    for (String field : EXPRESSION_VALUED) {
      if (node.path(field).isTextual()) {
        f.report(Rule.JSONPATH_NO_JSONATA_FIELD, p + "/" + field, field + " of JSONPath state '" + name
            + "' is a JSONata expression; use a number, or " + field + "Path to read it from the input");
      }
    }
    forEach(node, p, "Catch", (c, at) -> {
      if (c.has("Output")) {
        f.report(Rule.JSONPATH_NO_JSONATA_FIELD, at + "/Output", "a catcher of JSONPath state '" + name
            + "' has Output; use ResultPath");
      }
    });
    forEach(node, p, "Choices", (c, at) -> {
      for (String field : List.of("Condition", "Output")) {
        if (c.has(field)) {
          f.report(Rule.JSONPATH_NO_JSONATA_FIELD, at + "/" + field, "a rule of JSONPath Choice state '" + name
              + "' has " + field + ", a JSONata field; use Variable with a comparison operator, or make the state JSONata");
        }
      }
    });
    nested(node, "ItemReader", "Arguments", name, p, "use Parameters", f);
    nested(node, "ResultWriter", "Arguments", name, p, "use Parameters", f);
  }

  private static void nested(JsonNode node, String part, String field, String name, String p, String fix, Findings f) {
    if (node.path(part).has(field)) {
      boolean jsonata = field.equals("Arguments");
      f.report(jsonata ? Rule.JSONPATH_NO_JSONATA_FIELD : Rule.JSONATA_NO_JSONPATH_FIELD, p + "/" + part + "/" + field,
          part + " " + field + " is a " + (jsonata ? "JSONata" : "JSONPath") + " field, but state '" + name + "' is "
              + (jsonata ? "JSONPath" : "JSONata") + "; " + fix);
    }
  }

  private static void forEach(JsonNode node, String p, String field, java.util.function.BiConsumer<JsonNode, String> each) {
    JsonNode array = node.path(field);
    for (int i = 0; i < array.size(); i++) {
      each.accept(array.get(i), p + "/" + field + "/" + i);
    }
  }

  private static String jsonataAlternative(String field) {
    return switch (field) {
      case "InputPath", "Parameters" -> "use Arguments with {% $states.input... %} expressions";
      case "OutputPath", "ResultSelector", "ResultPath" -> "use Output (with $states.result) and Assign";
      case "ItemsPath" -> "use Items: \"{% $states.input... %}\"";
      case "Iterator" -> "use ItemProcessor";
      default -> "use " + field.substring(0, field.length() - "Path".length()) + " with a {% %} expression";
    };
  }

  private static String jsonPathAlternative(String field) {
    return switch (field) {
      case "Arguments" -> "use Parameters";
      case "Output" -> "use OutputPath, ResultSelector or ResultPath";
      default -> "use ItemsPath";
    };
  }
}
