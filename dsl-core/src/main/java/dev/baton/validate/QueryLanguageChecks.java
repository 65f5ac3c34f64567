package dev.baton.validate;

import dev.baton.model.Catcher;
import dev.baton.model.ChoiceRule;
import dev.baton.model.ChoiceState;
import dev.baton.model.Condition;
import dev.baton.model.FailState;
import dev.baton.model.MapState;
import dev.baton.model.ParallelState;
import dev.baton.model.PassState;
import dev.baton.model.QueryLanguage;
import dev.baton.model.State;
import dev.baton.model.TaskState;
import dev.baton.model.Value;
import dev.baton.model.WaitState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each state uses only the fields of its query language. The fields are read from the model, in the
 * order the writer writes them (the model keeps each field apart, so a JSONata-only field on a
 * JSONPath state is simply a present value).
 */
final class QueryLanguageChecks {
  private QueryLanguageChecks() {}

  static void check(Definition d, Findings f) {
    for (State state : d.allStates()) {
      if (d.topLevel() == QueryLanguage.JSONATA && state.queryLanguage().orElse(null) == QueryLanguage.JSONPATH) {
        f.report(Rule.JSONATA_JSONPATH_STATE, d.pointerOf(state) + "/QueryLanguage", "state '" + state.name() + "' is JSONPath in a"
            + " state machine whose QueryLanguage is JSONata; AWS allows JSONata states in a JSONPath machine, not the"
            + " reverse: rewrite the state in JSONata or make the machine JSONPath");
      }
      if (d.isJsonata(state)) {
        jsonataState(state, d.pointerOf(state), f);
      } else {
        jsonPathState(state, d, f);
      }
    }
  }

  /** The JSONPath-only fields a state has, in the writer's order of {@code JSONPATH_FIELDS}. */
  private static List<String> jsonPathFields(State state) {
    List<String> present = new ArrayList<>();
    add(present, "InputPath", state.inputPath());
    add(present, "OutputPath", state.outputPath());
    add(present, "Parameters", state instanceof TaskState t ? t.parameters()
        : state instanceof PassState t ? t.parameters()
        : state instanceof ParallelState t ? t.parameters()
        : state instanceof MapState t ? t.legacyParameters()
        : Optional.empty());
    add(present, "ResultSelector", state.resultSelector());
    add(present, "ResultPath", state.resultPath());
    if (state instanceof MapState map) {
      add(present, "ItemsPath", map.itemsPath());
    } else if (state instanceof WaitState wait) {
      add(present, "SecondsPath", wait.secondsPath());
      add(present, "TimestampPath", wait.timestampPath());
    } else if (state instanceof TaskState task) {
      add(present, "TimeoutSecondsPath", task.timeoutSecondsPath());
      add(present, "HeartbeatSecondsPath", task.heartbeatSecondsPath());
    } else if (state instanceof FailState fail) {
      add(present, "ErrorPath", fail.errorPath());
      add(present, "CausePath", fail.causePath());
    }
    if (state instanceof MapState map) {
      add(present, "MaxConcurrencyPath", map.maxConcurrencyPath());
      add(present, "ToleratedFailurePercentagePath", map.toleratedFailurePercentagePath());
      add(present, "ToleratedFailureCountPath", map.toleratedFailureCountPath());
      add(present, "Iterator", map.iterator());
    }
    return present;
  }

  private static void add(List<String> present, String field, Optional<?> value) {
    if (value.isPresent()) {
      present.add(field);
    }
  }

  private static void jsonataState(State state, String p, Findings f) {
    String name = state.name();
    for (String field : jsonPathFields(state)) {
      f.report(Rule.JSONATA_NO_JSONPATH_FIELD, p + "/" + field, field + " is a JSONPath field, but state '" + name
          + "' is JSONata; " + jsonataAlternative(field));
    }
    List<Catcher> catchers = state.catchers();
    for (int i = 0; i < catchers.size(); i++) {
      if (catchers.get(i).resultPath().isPresent()) {
        f.report(Rule.JSONATA_NO_JSONPATH_FIELD, p + "/Catch/" + i + "/ResultPath", "a catcher of JSONata state '"
            + name + "' has ResultPath; use Output (with $states.errorOutput) or Assign instead");
      }
    }
    if (state instanceof ChoiceState choice) {
      for (int i = 0; i < choice.choices().size(); i++) {
        if (!(choice.choices().get(i).condition() instanceof Condition.JsonataCondition)) {
          f.report(Rule.JSONATA_NO_JSONPATH_FIELD, p + "/Choices/" + i, "a rule of JSONata Choice state '" + name
              + "' uses a JSONPath test (Variable, And, Or, Not); write it as a Condition: \"{% ... %}\"");
        }
      }
    }
    if (state instanceof MapState map) {
      map.itemReader().ifPresent(reader -> {
        nested(reader.parameters(), "ItemReader", "Parameters", name, p, "use Arguments", f);
        reader.readerConfig().ifPresent(config -> nested(config.maxItemsPath(), "ReaderConfig", "MaxItemsPath", name,
            p + "/ItemReader", "use MaxItems with a {% %} expression", f));
      });
      map.resultWriter().ifPresent(writer ->
          nested(writer.parameters(), "ResultWriter", "Parameters", name, p, "use Arguments", f));
      map.itemBatcher().ifPresent(batcher -> {
        nested(batcher.maxItemsPerBatchPath(), "ItemBatcher", "MaxItemsPerBatchPath", name, p,
            "use MaxItemsPerBatch with a {% %} expression", f);
        nested(batcher.maxInputBytesPerBatchPath(), "ItemBatcher", "MaxInputBytesPerBatchPath", name, p,
            "use MaxInputBytesPerBatch with a {% %} expression", f);
      });
    }
  }

  /**
   * The JSONata-only fields of a JSONPath state, reported in the writer's order. Almost every state
   * of a JSONPath machine comes here and has none of them, so nothing is collected or named first.
   */
  private static void jsonPathState(State state, Definition d, Findings f) {
    jsonataField(state, "Arguments", state instanceof TaskState task ? task.arguments().isPresent()
        : state instanceof ParallelState parallel && parallel.arguments().isPresent(), d, f);
    jsonataField(state, "Output", state.output().isPresent(), d, f);
    if (state instanceof MapState map) {
      jsonataField(state, "Items", map.items().isPresent(), d, f);
    }
    if (state instanceof TaskState task) {
      jsonataValue(state, "TimeoutSeconds", task.timeoutSeconds(), d, f);
      jsonataValue(state, "HeartbeatSeconds", task.heartbeatSeconds(), d, f);
    } else if (state instanceof WaitState wait) {
      jsonataValue(state, "Seconds", wait.seconds(), d, f);
    } else if (state instanceof MapState map) {
      jsonataValue(state, "MaxConcurrency", map.maxConcurrency(), d, f);
      jsonataValue(state, "ToleratedFailurePercentage", map.toleratedFailurePercentage(), d, f);
      jsonataValue(state, "ToleratedFailureCount", map.toleratedFailureCount(), d, f);
    }
    String name = state.name();
    List<Catcher> catchers = state.catchers();
    for (int i = 0; i < catchers.size(); i++) {
      if (catchers.get(i).output().isPresent()) {
        f.report(Rule.JSONPATH_NO_JSONATA_FIELD, d.pointerOf(state) + "/Catch/" + i + "/Output",
            "a catcher of JSONPath state '" + name + "' has Output; use ResultPath");
      }
    }
    if (state instanceof ChoiceState choice) {
      for (int i = 0; i < choice.choices().size(); i++) {
        ChoiceRule rule = choice.choices().get(i);
        if (rule.condition() instanceof Condition.JsonataCondition) {
          jsonataRuleField(state, i, "Condition", d, f);
        }
        if (rule.output().isPresent()) {
          jsonataRuleField(state, i, "Output", d, f);
        }
      }
    }
    if (state instanceof MapState map) {
      map.itemReader().ifPresent(reader ->
          nested(reader.arguments(), "ItemReader", "Arguments", name, d.pointerOf(state), "use Parameters", f));
      map.resultWriter().ifPresent(writer ->
          nested(writer.arguments(), "ResultWriter", "Arguments", name, d.pointerOf(state), "use Parameters", f));
    }
  }

  private static void jsonataField(State state, String field, boolean present, Definition d, Findings f) {
    if (present) {
      f.report(Rule.JSONPATH_NO_JSONATA_FIELD, d.pointerOf(state) + "/" + field, field + " is a JSONata field, but state '"
          + state.name() + "' is JSONPath; " + jsonPathAlternative(field));
    }
  }

  private static void jsonataValue(State state, String field, Optional<? extends Value<?>> value, Definition d,
      Findings f) {
    if (value.isPresent() && value.get() instanceof Value.Expression<?>) {
      f.report(Rule.JSONPATH_NO_JSONATA_FIELD, d.pointerOf(state) + "/" + field, field + " of JSONPath state '"
          + state.name() + "' is a JSONata expression; use a number, or " + field + "Path to read it from the input");
    }
  }

  private static void jsonataRuleField(State state, int rule, String field, Definition d, Findings f) {
    f.report(Rule.JSONPATH_NO_JSONATA_FIELD, d.pointerOf(state) + "/Choices/" + rule + "/" + field,
        "a rule of JSONPath Choice state '" + state.name() + "' has " + field + ", a JSONata field; use Variable with"
            + " a comparison operator, or make the state JSONata");
  }

  private static void nested(Optional<?> value, String part, String field, String name, String p, String fix,
      Findings f) {
    if (value.isPresent()) {
      boolean jsonata = field.equals("Arguments");
      f.report(jsonata ? Rule.JSONPATH_NO_JSONATA_FIELD : Rule.JSONATA_NO_JSONPATH_FIELD, p + "/" + part + "/" + field,
          part + " " + field + " is a " + (jsonata ? "JSONata" : "JSONPath") + " field, but state '" + name + "' is "
              + (jsonata ? "JSONPath" : "JSONata") + "; " + fix);
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
