package dev.baton.json;

import dev.baton.model.StateType;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which ASL fields each state type allows: shared by the reader's checks and its hints. */
final class AslFields {
  private AslFields() {}

  private static final List<String> COMMON = List.of("Type", "Comment", "QueryLanguage");

  static final Map<StateType, Set<String>> BY_TYPE = new EnumMap<>(StateType.class);
  static final Set<String> ALL = new LinkedHashSet<>();

  static {
    put(StateType.TASK, "Resource", "InputPath", "Parameters", "Arguments", "ResultSelector", "ResultPath",
        "OutputPath", "Output", "Assign", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
        "HeartbeatSecondsPath", "Credentials", "Retry", "Catch", "Next", "End");
    put(StateType.PASS, "InputPath", "Parameters", "Result", "ResultPath", "OutputPath", "Output", "Assign",
        "Next", "End");
    put(StateType.CHOICE, "InputPath", "OutputPath", "Choices", "Default", "Output", "Assign");
    put(StateType.WAIT, "InputPath", "OutputPath", "Seconds", "SecondsPath", "Timestamp", "TimestampPath",
        "Output", "Assign", "Next", "End");
    put(StateType.SUCCEED, "InputPath", "OutputPath", "Output");
    put(StateType.FAIL, "Error", "ErrorPath", "Cause", "CausePath");
    put(StateType.PARALLEL, "InputPath", "Parameters", "Arguments", "Branches", "ResultSelector", "ResultPath",
        "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End");
    put(StateType.MAP, "InputPath", "ItemProcessor", "Iterator", "ItemReader", "Items", "ItemsPath",
        "ItemSelector", "Parameters", "ItemBatcher", "ResultWriter", "MaxConcurrency", "MaxConcurrencyPath",
        "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", "ToleratedFailureCount",
        "ToleratedFailureCountPath", "Label", "ResultSelector", "ResultPath", "OutputPath", "Output", "Assign",
        "Retry", "Catch", "Next", "End");
  }

  private static void put(StateType type, String... fields) {
    Set<String> allowed = new LinkedHashSet<>(COMMON);
    allowed.addAll(List.of(fields));
    BY_TYPE.put(type, java.util.Collections.unmodifiableSet(allowed));
    ALL.addAll(allowed);
  }

  /**
   * A more precise rule id for a field a state type does not allow, where the spec states that
   * rule on its own (a Choice state cannot end, a Fail state has no input or output processing,
   * Succeed and Fail cannot assign variables); null for the general rule.
   */
  static String specificRule(StateType type, String field) {
    if (type == StateType.CHOICE && field.equals("End")) {
      return "choice.no-end";
    }
    if (type == StateType.CHOICE && field.equals("Next")) {
      return "choice.no-next";
    }
    if ((type == StateType.FAIL || type == StateType.SUCCEED) && field.equals("Assign")) {
      return type == StateType.FAIL ? "assign.not-on-fail" : "assign.not-on-succeed";
    }
    if (type == StateType.FAIL && IO_FIELDS.contains(field)) {
      return "fail.no-paths";
    }
    if ((type == StateType.FAIL || type == StateType.SUCCEED) && (field.equals("Next") || field.equals("End"))) {
      return "state.terminal-no-transition";
    }
    return null;
  }

  static String specificAdvice(StateType type, String field) {
    return switch (specificRule(type, field)) {
      case "choice.no-end" -> "a Choice state always goes to one of its rules' Next or to Default; add a Succeed"
          + " state to end there";
      case "choice.no-next" -> "a Choice state goes on through its rules' Next and Default; move this target into"
          + " Default";
      case "assign.not-on-fail", "assign.not-on-succeed" -> "assign the variable in an earlier state";
      case "fail.no-paths" -> "a Fail state has no input or output processing; use Error/ErrorPath and"
          + " Cause/CausePath";
      default -> "a " + type.aslName() + " state always ends its scope; remove " + field;
    };
  }

  private static final Set<String> IO_FIELDS = Set.of("InputPath", "OutputPath", "Parameters", "ResultPath",
      "ResultSelector", "Output", "Arguments");

  /** The state types that allow {@code field}, for "it belongs to ..." hints. */
  static List<String> typesAllowing(String field) {
    return BY_TYPE.entrySet().stream()
        .filter(e -> e.getValue().contains(field))
        .map(e -> e.getKey().aslName())
        .toList();
  }
}
