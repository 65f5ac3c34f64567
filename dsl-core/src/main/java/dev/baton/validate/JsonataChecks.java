package dev.baton.validate;

import dev.baton.diagnostics.DidYouMean;
import dev.baton.model.State;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where JSONata expressions use {@code $states.result} and {@code $states.errorOutput}, and which functions they call. */
final class JsonataChecks {
  private static final Pattern STATES_FIELD = Pattern.compile("\\$states\\s*\\.\\s*(result|errorOutput)\\b");
  private static final Pattern CALL = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  private static final Pattern DEFINED = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)\\s*:=");
  private static final Pattern PARAMETER = Pattern.compile("function\\s*\\(([^)]*)\\)");

  /** JSONata 2.x built-in functions and the functions AWS adds. */
  static final Set<String> FUNCTIONS = Set.of("sum", "count", "max", "min", "average", "string", "substring",
      "substringBefore", "substringAfter", "lowercase", "uppercase", "length", "trim", "pad", "contains", "split",
      "join", "match", "replace", "now", "millis", "fromMillis", "toMillis", "formatNumber", "formatBase",
      "formatInteger", "parseInteger", "number", "abs", "floor", "ceil", "round", "power", "sqrt", "random",
      "boolean", "not", "exists", "append", "sort", "reverse", "shuffle", "distinct", "zip", "keys", "lookup",
      "spread", "merge", "sift", "each", "error", "assert", "type", "base64encode", "base64decode",
      "encodeUrlComponent", "encodeUrl", "decodeUrlComponent", "decodeUrl", "eval", "map", "filter", "single",
      "reduce", "partition", "range", "hash", "uuid", "parse");

  private JsonataChecks() {}

  static void check(Definition d, Findings f) {
    List<State> states = d.allStates();
    for (int i = 0; i < states.size(); i++) {
      State state = states.get(i);
      for (Expressions.Place place : d.placesAt(i)) {
        for (Expressions.Located located : Expressions.jsonata(place)) {
          check(state, located, f);
        }
      }
    }
  }

  private static void check(State state, Expressions.Located located, Findings f) {
    String text = located.jsonata().expression();
    Matcher field = STATES_FIELD.matcher(text);
    while (field.find()) {
      if (field.group(1).equals("result") && !located.place().resultAvailable()) {
        f.report(Rule.JSONATA_STATES_RESULT, located.pointer(), "$states.result is not available in "
            + located.place().field() + " of state '" + state.name() + "': only Output and Assign of Task, Parallel"
            + " and Map states see a result" + (located.place().errorAvailable()
                ? "; a catcher sees $states.errorOutput" : "; use $states.input"));
      } else if (field.group(1).equals("errorOutput") && !located.place().errorAvailable()) {
        f.report(Rule.JSONATA_STATES_ERROR_OUTPUT, located.pointer(), "$states.errorOutput is only available in a"
            + " catcher's Output and Assign, not in " + located.place().field() + " of state '" + state.name() + "'");
      }
    }
    Set<String> defined = new HashSet<>();
    Matcher definition = DEFINED.matcher(text);
    while (definition.find()) {
      defined.add(definition.group(1));
    }
    Matcher parameters = PARAMETER.matcher(text);
    while (parameters.find()) {
      for (String parameter : parameters.group(1).split(",")) {
        defined.add(parameter.trim().replace("$", ""));
      }
    }
    Matcher call = CALL.matcher(text);
    while (call.find()) {
      String name = call.group(1);
      if (!FUNCTIONS.contains(name) && !defined.contains(name)) {
        f.report(Rule.JSONATA_UNKNOWN_FUNCTION, located.pointer(), "$" + name + "(...) in state '" + state.name()
            + "' is not a JSONata or AWS function"
            + DidYouMean.closest(name, FUNCTIONS).map(c -> "; did you mean $" + c + "?").orElse("")
            + "; the call fails with States.QueryEvaluationError unless $" + name + " holds a function");
      }
    }
  }
}
